import { AGENCY_KINDS } from './enums.js';
import * as z from 'zod';

/**
 * The agencies that submit a plan (shared/reference/co-quan.md, as of 2026).
 * Seed data: administrators edit it, so consumers should treat it as a default.
 */
export const AgencyGroupSchema = z.enum(['province', 'city', 'ministry', 'ministryLevel', 'governmentAgency']);

export const AgencySchema = z.object({
  /** Province code (Quyết định 19/2025/QĐ-TTg, "01"…"96") or a stable code for central agencies ("BO-KHCN"). */
  code: z.string().min(1),
  /** Official name: "Thành phố Hà Nội", "Tỉnh Cao Bằng", "Bộ Khoa học và Công nghệ". */
  name: z.string().min(1),
  /** Province or central: the rules differ by kind in a few places. */
  kind: z.enum(AGENCY_KINDS),
  group: AgencyGroupSchema,
  /** The issuing body as printed in a plan's header: "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "BỘ Y TẾ". */
  headerName: z.string().min(1),
});
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyGroup = z.infer<typeof AgencyGroupSchema>;

const PROVINCES: [code: string, name: string, city: boolean][] = [
  ['01', 'Hà Nội', true],
  ['04', 'Cao Bằng', false],
  ['08', 'Tuyên Quang', false],
  ['11', 'Điện Biên', false],
  ['12', 'Lai Châu', false],
  ['14', 'Sơn La', false],
  ['15', 'Lào Cai', false],
  ['19', 'Thái Nguyên', false],
  ['20', 'Lạng Sơn', false],
  ['22', 'Quảng Ninh', false],
  ['24', 'Bắc Ninh', false],
  ['25', 'Phú Thọ', false],
  ['31', 'Hải Phòng', true],
  ['33', 'Hưng Yên', false],
  ['37', 'Ninh Bình', false],
  ['38', 'Thanh Hóa', false],
  ['40', 'Nghệ An', false],
  ['42', 'Hà Tĩnh', false],
  ['44', 'Quảng Trị', false],
  ['46', 'Huế', true],
  ['48', 'Đà Nẵng', true],
  ['51', 'Quảng Ngãi', false],
  ['52', 'Gia Lai', false],
  ['56', 'Khánh Hòa', false],
  ['66', 'Đắk Lắk', false],
  ['68', 'Lâm Đồng', false],
  ['75', 'Đồng Nai', false],
  ['79', 'Hồ Chí Minh', true],
  ['80', 'Tây Ninh', false],
  ['82', 'Đồng Tháp', false],
  ['86', 'Vĩnh Long', false],
  ['91', 'An Giang', false],
  ['92', 'Cần Thơ', true],
  ['96', 'Cà Mau', false],
];

const CENTRAL: [code: string, name: string, group: AgencyGroup][] = [
  ['BO-QP', 'Bộ Quốc phòng', 'ministry'],
  ['BO-CA', 'Bộ Công an', 'ministry'],
  ['BO-NG', 'Bộ Ngoại giao', 'ministry'],
  ['BO-NV', 'Bộ Nội vụ', 'ministry'],
  ['BO-TP', 'Bộ Tư pháp', 'ministry'],
  ['BO-TC', 'Bộ Tài chính', 'ministry'],
  ['BO-CT', 'Bộ Công Thương', 'ministry'],
  ['BO-NNMT', 'Bộ Nông nghiệp và Môi trường', 'ministry'],
  ['BO-XD', 'Bộ Xây dựng', 'ministry'],
  ['BO-VHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'ministry'],
  ['BO-KHCN', 'Bộ Khoa học và Công nghệ', 'ministry'],
  ['BO-GDDT', 'Bộ Giáo dục và Đào tạo', 'ministry'],
  ['BO-YT', 'Bộ Y tế', 'ministry'],
  ['BO-DTTG', 'Bộ Dân tộc và Tôn giáo', 'ministry'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam', 'ministryLevel'],
  ['TTCP', 'Thanh tra Chính phủ', 'ministryLevel'],
  ['VPCP', 'Văn phòng Chính phủ', 'ministryLevel'],
  ['CP-VOV', 'Đài Tiếng nói Việt Nam', 'governmentAgency'],
  ['CP-VTV', 'Đài Truyền hình Việt Nam', 'governmentAgency'],
  ['CP-TTXVN', 'Thông tấn xã Việt Nam', 'governmentAgency'],
  ['CP-VHLKHCN', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'governmentAgency'],
  ['CP-VHLKHXH', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'governmentAgency'],
];

/** Every submitting agency: 34 provinces/cities, then the central agencies. */
export const agencies: readonly Agency[] = [
  ...PROVINCES.map(([code, short, city]): Agency => ({
    code,
    name: `${city ? 'Thành phố' : 'Tỉnh'} ${short}`,
    kind: 'province',
    group: city ? 'city' : 'province',
    headerName: `ỦY BAN NHÂN DÂN ${city ? 'THÀNH PHỐ' : 'TỈNH'} ${short.toUpperCase()}`,
  })),
  ...CENTRAL.map(([code, name, group]): Agency => ({
    code,
    name,
    kind: 'central',
    group,
    headerName: name.toUpperCase(),
  })),
];

/** The agency with this code, or undefined. */
export function agencyByCode(code: string): Agency | undefined {
  return agencies.find((a) => a.code === code);
}
