import type { CatalogEntry } from '../catalog.js';
import type { KnownDocument, TemplateSection } from '@cds/template';

/**
 * Vietnamese filler that reads like a real plan: quantified, dated, with units
 * named, so the content rules accept it. Deterministic (no randomness) so
 * fixtures are reproducible.
 */
export interface ContentContext {
  kind: 'province' | 'central';
  /** Short name used in sentences: "tỉnh Cao Bằng", "Bộ Y tế". */
  agencyShort: string;
}

const DEADLINES = ['31/12/2026', 'Quý IV/2026', 'Tháng 6/2026', 'Năm 2026', 'Quý II/2026', 'Quý III/2026'];
const PROVINCE_UNITS = ['Sở Khoa học và Công nghệ', 'Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế', 'Công an tỉnh'];
const CENTRAL_UNITS = ['Trung tâm Công nghệ thông tin', 'Văn phòng Bộ', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch - Tài chính', 'Cục Chuyển đổi số', 'Thanh tra Bộ'];

export const deadlineAt = (i: number): string => DEADLINES[i % DEADLINES.length]!;
export const unitAt = (ctx: ContentContext, i: number): string => (ctx.kind === 'province' ? PROVINCE_UNITS : CENTRAL_UNITS)[i % PROVINCE_UNITS.length]!;

/** The section's subject inside a sentence: "hạ tầng số", "tình hình thực hiện …". */
function topic(s: TemplateSection): string {
  const t = s.title.replace(/^Về /, '');
  return t === t.toUpperCase() ? t.toLowerCase() : t.charAt(0).toLowerCase() + t.slice(1);
}

/** The a) and b) paragraphs of a P1.II area. */
export function resultItemTexts(s: TemplateSection, ctx: ContentContext, i: number): { results: string[]; shortcomings: string[] } {
  return {
    results: [
      `Năm 2025, ${ctx.agencyShort} đã ban hành ${3 + (i % 5)} văn bản chỉ đạo về ${topic(s)}; hoàn thành ${90 + (i % 10)}% nhiệm vụ đề ra trong kế hoạch năm.`,
      `Triển khai ${12 + i} đợt kiểm tra, hướng dẫn tại các cơ quan, đơn vị; kết quả được tổng hợp, báo cáo Ban Chỉ đạo đúng thời hạn.`,
    ],
    shortcomings: [
      `Một số nội dung về ${topic(s)} còn chậm so với kế hoạch; nguồn nhân lực chuyên trách còn thiếu, mới đáp ứng khoảng ${60 + (i % 20)}% nhu cầu.`,
    ],
  };
}

/** Body of a section without items or tables (P1.I, P2.II.1, P2.IV.x, P2.V, …). */
export function narrative(s: TemplateSection, ctx: ContentContext, i: number): string[] {
  return [
    `Về ${topic(s)}, ${ctx.agencyShort} xác định đây là nội dung trọng tâm, gắn với chỉ tiêu được giao và điều kiện thực tế của cơ quan, đơn vị.`,
    `Phấn đấu đến hết năm 2026 đạt ít nhất ${80 + (i % 20)}% kết quả đề ra, được đánh giá định kỳ hằng quý.`,
  ];
}

/** A P2.III area: content, expected result, timeline and implementing unit, each named. */
export function areaParagraphs(s: TemplateSection, ctx: ContentContext, i: number): string[] {
  const reach =
    s.id === 'P2.III.3'
      ? ctx.kind === 'province'
        ? ' đồng bộ đến cấp xã, phường, bảo đảm 100% xã, phường kết nối mạng truyền số liệu chuyên dùng'
        : ' đến các đơn vị trực thuộc Bộ, bảo đảm 100% đơn vị trực thuộc kết nối mạng truyền số liệu chuyên dùng'
      : '';
  return [
    `- Nội dung: Triển khai các nhiệm vụ về ${topic(s)}${reach}.`,
    `- Kết quả dự kiến: hoàn thành ${2 + (i % 4)} nhiệm vụ trọng tâm, đạt ${85 + (i % 15)}% chỉ tiêu liên quan.`,
    `- Thời gian thực hiện: ${deadlineAt(i)}.`,
    `- Đơn vị thực hiện: ${unitAt(ctx, i)} chủ trì, phối hợp với các cơ quan, đơn vị liên quan.`,
  ];
}

/** "dd/m/yyyy" as official documents print dates (day two digits, month without zero). */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** One P2.I citation line for a known document. */
export function citation(d: KnownDocument, dateText: string = viDate(d.date)): string {
  return `- ${d.kind} số ${d.number} ngày ${dateText} của ${d.issuer};`;
}

/** An extra paragraph for size scaling. */
export function extraParagraph(s: TemplateSection, n: number): string {
  return `Tiếp tục tổ chức thực hiện nội dung ${n + 1} thuộc mục ${s.number}, bảo đảm tiến độ, chất lượng và báo cáo kết quả trước ngày 15 hằng tháng.`;
}

/** Cells of one indicator row: a catalogue entry, or (past the catalogue) a component indicator. */
export function indicatorCells(entry: CatalogEntry | undefined, n: number, ctx: ContentContext): Record<string, string> {
  // A 2026 step on the way to the 2030 target (80% of it), or a plain figure.
  const target2030 = entry?.target2030 ?? '100';
  const v2030 = Number(/\d+(,\d+)?/.exec(target2030)?.[0]?.replace(',', '.') ?? '100');
  const t2026 = entry?.target2026 ?? (entry ? vn(Math.round(v2030 * 8) / 10) : ['85', '90', '95', '100', '72,5'][n % 5]!);
  return {
    stt: String(n + 1),
    code: entry?.code ?? '',
    name: entry?.name ?? `Chỉ tiêu thành phần ${n + 1}: tỷ lệ hồ sơ nhóm ${n + 1} được xử lý trên môi trường điện tử`,
    unit: entry?.unit ?? '%',
    target2026: t2026,
    target2030,
    method: 'Tỷ lệ = (số lượng đạt yêu cầu / tổng số lượng) × 100%',
    measurement: 'Số liệu từ hệ thống báo cáo của Bộ Khoa học và Công nghệ, đánh giá hằng quý',
    lead: unitAt(ctx, n),
    deadline: n % 2 ? 'Quý IV/2026' : '31/12/2026',
    resources: 'Ngân sách nhà nước (chi thường xuyên)',
  };
}

/** 72.5 → "72,5". */
const vn = (x: number): string => String(x).replace('.', ',');

const TASK_NAMES = [
  'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính',
  'Xây dựng kho dữ liệu dùng chung',
  'Triển khai Trung tâm giám sát an toàn thông tin mạng (SOC)',
  'Bồi dưỡng kỹ năng số cho cán bộ, công chức',
  'Số hóa hồ sơ lưu trữ',
];

/** Cells of one task/project row (amounts in triệu đồng, Vietnamese number format). */
export function taskCells(n: number, ctx: ContentContext): Record<string, string> {
  return {
    stt: String(n + 1),
    name: `${TASK_NAMES[n % TASK_NAMES.length]} (giai đoạn ${1 + Math.floor(n / TASK_NAMES.length)})`,
    expectedResult: `Hoàn thành, đưa vào vận hành ${1 + (n % 3)} hệ thống, phần mềm`,
    effectiveness: 'Giảm 30% thời gian xử lý hồ sơ, nâng cao hiệu quả quản trị',
    deadline: deadlineAt(n),
    implementingUnit: unitAt(ctx, n),
    fundingSource: n % 2 ? 'Ngân sách trung ương' : 'Ngân sách địa phương',
    amount: ['1.250', '3.400', '620', '12.000', '2.750,5'][n % 5]!,
  };
}

/** Cells of one 2025 project row (P1.II.10). */
export function project2025Cells(n: number, ctx: ContentContext): Record<string, string> {
  return {
    stt: String(n + 1),
    name: `Dự án chuyển đổi số số ${n + 1} năm 2025`,
    goal: 'Hiện đại hóa hạ tầng và nền tảng số dùng chung',
    totalInvestment: ['15.000', '8.500', '22.300'][n % 3]!,
    fundingSource: 'Ngân sách nhà nước',
    duration: '2024-2025',
    status: `Đã hoàn thành, đưa vào sử dụng tại ${unitAt(ctx, n)}`,
  };
}
