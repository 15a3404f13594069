/**
 * Where the corpus text comes from: public Vietnamese plans and reports found with
 * the `search` tool (corpus `pages`). Passages are reworded close to the source (the
 * facts, figures, document numbers and the way offices phrase them are the source's);
 * each passage in the builders names its source by key. Amounts in the task tables are
 * the builders' own (the sources list tasks without them) and are marked so.
 */
export const SOURCES = {
  /** Kế hoạch 60/KH-UBND ngày 26/3/2025, chuyển đổi số năm 2025, tỉnh Tuyên Quang (Phần I: a) Kết quả đạt được, b) Tồn tại, hạn chế). */
  tuyenQuang2025: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-60-KH-UBND-2025-chuyen-doi-so-Tuyen-Quang-650000.html',
  /** Kế hoạch 24/KH-UBND ngày 07/02/2025, phát triển hạ tầng số tỉnh Tuyên Quang (figures of telecom coverage). */
  tuyenQuangInfra: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=f08fcb42-7656-4dd4-8174-520a50c6c7d6&key=YF6%2FyReuSTuS2Q5kfD%2B3Sw%3D%3D',
  /** Kế hoạch 0155/KH-UBND ngày 24/12/2025, chuyển đổi số tỉnh Đắk Lắk năm 2026 (legal bases as a dash list). */
  dakLak2026: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-0155-KH-UBND-2025-chuyen-doi-so-Dak-Lak-nam-2026-686309.html',
  /** Ngày Chuyển đổi số tỉnh Đắk Lắk 2025: 94 tiêu chí cấp xã, "Bình dân học vụ số", dự án hạ tầng chuyển đổi số. */
  dakLakDay: 'https://www.vietnamplus.vn/dak-lak-phat-dong-dot-cao-diem-nang-cao-hieu-qua-chuyen-doi-so-cap-xa-post1069476.vnp',
  /** Hạ tầng số Đắk Lắk 2024: IOC, Nền tảng tích hợp, chia sẻ dữ liệu tỉnh, kiến trúc chính quyền điện tử. */
  dakLakInfra: 'https://vietnamnet.vn/ha-tang-so-thuc-day-chuyen-doi-so-tinh-dak-lak-2356389.html',
  /** Kế hoạch 186/KH-UBND ngày 29/12/2025, phát triển chính quyền số tỉnh Bắc Ninh 2026-2030 ("Căn cứ …" bases). */
  bacNinh2026: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-186-KH-UBND-2025-phat-trien-chinh-quyen-so-Bac-Ninh-giai-doan-2026-2030-687111.html',
  /** Kế hoạch 18/KH-UBND ngày 19/01/2026, nâng cao chỉ số DTI tỉnh Gia Lai (weak points: fibre, cloud, skills, security). */
  giaLaiDti: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-18-KH-UBND-2026-nang-cao-Chi-so-chuyen-doi-so-DTI-Gia-Lai-690566.html',
  /** Gia Lai's digital government targets (online public services, records, e-invoices, smartphones, fibre). */
  giaLaiTargets: 'https://baogialai.com.vn/phan-dau-chi-so-chuyen-doi-so-trong-nhom-3063-tinh-thanh-pho-post235166.html',
  /** Bà Rịa – Vũng Tàu: Văn phòng UBND tỉnh (reporting system), Công an tỉnh (security), Sở KH&CN (data). */
  baRiaDirection: 'https://baobariavungtau.com.vn/chuyen-doi-so/202506/chuyen-doi-so-manh-me-trong-cong-tac-dieu-hanh-1044175/',
  /** Bộ Khoa học và Công nghệ, tổng kết năm 2025 về chuyển đổi số (DTI, NDXP, EMC, training in 34 provinces). */
  mst2025: 'https://vietq.vn/chuyen-doi-so-nam-2025-dau-an-noi-bat-va-dinh-huong-trong-tam-nam-2026-d239371.html',
  /** Quyết định 2629/QĐ-TTg ngày 01/12/2025, Chương trình phát triển Chính phủ số (its bases: NQ 57, 71, 214). */
  qd2629: 'https://thuviennhadat.vn/van-ban-phap-luat-viet-nam/quyet-dinh-2629-qd-ttg-2025-phe-duyet-chuong-trinh-phat-trien-chinh-phu-so-682760.html?trang=2',
  /** Đề án chuyển đổi số tỉnh Đắk Nông (targets: DVC toàn trình, dữ liệu, IOC). */
  dakNong: 'http://sxd.daknong.gov.vn/CMSPages/BaiViet/Default.aspx?IDBaiViet=14267',
} as const;
export type SourceKey = keyof typeof SOURCES;

/** A passage of corpus text and where it comes from ('own' = the builder's wording, no source). */
export interface Passage {
  text: string;
  source: SourceKey | 'own';
}
