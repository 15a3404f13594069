/**
 * Every user-facing message of the rules, in Vietnamese, as templates with
 * {placeholders}. An English file with the same keys can be added beside it.
 * Messages name what was expected and what was found.
 */
export const messagesVi = {
  ruleCrashed: 'Quy tắc "{rule}" gặp lỗi nội bộ và đã bị bỏ qua: {error}.',

  sectionMissing: 'Thiếu mục "{heading}" ({section}); theo khung kế hoạch, mục này đứng sau "{after}".',
  sectionMissingFirst: 'Thiếu mục "{heading}" ({section}); theo khung kế hoạch, đây là mục đầu tiên.',
  sectionMissingFirstChild: 'Thiếu mục "{heading}" ({section}); theo khung kế hoạch, đây là mục đầu tiên của "{parent}".',
  sectionDuplicate: 'Mục "{heading}" ({section}) xuất hiện {count} lần; khung kế hoạch chỉ có một mục này.',
  sectionOrder: 'Mục "{heading}" ({section}) đứng sai thứ tự: theo khung, mục này phải đứng sau "{expectedAfter}", nhưng lại đứng sau "{foundAfter}".',
  sectionMisplaced: 'Mục "{heading}" ({section}) phải nằm trong "{expectedParent}", nhưng lại nằm trong "{foundParent}".',

  headingUnknown: 'Tiêu đề "{found}" không thuộc khung kế hoạch; nội dung dưới tiêu đề này được tính vào mục {section}.',
  headingUnknownTop: 'Tiêu đề "{found}" không thuộc khung kế hoạch.',
  sectionEmpty: 'Mục "{heading}" ({section}) chưa có nội dung.',

  itemMissing: 'Mục {section} thiếu "{label} {title}"; mỗi lĩnh vực phải có cả a) Kết quả đạt được và b) Tồn tại, hạn chế.',
  itemEmpty: 'Mục {section}, "{label} {title}" chưa có nội dung thực ({found}).',
  itemFoundEmpty: 'để trống',
  itemFoundPlaceholder: 'chỉ có chỗ trống "[...]"',
  itemFoundGuidance: 'chỉ có văn bản hướng dẫn của Bộ',
  itemFoundLabel: 'chỉ có tiêu đề mục',

  guidanceLeft: 'Mục {section} còn để nguyên văn bản hướng dẫn của Bộ Khoa học và Công nghệ: "{excerpt}"; cần thay bằng nội dung của cơ quan.',
  guidanceOnly: 'Mục {section} chỉ có văn bản hướng dẫn của Bộ Khoa học và Công nghệ, chưa có nội dung của cơ quan: "{excerpt}".',
  placeholderLeft: 'Mục {section} còn chỗ trống chưa điền: "{placeholder}" trong "{excerpt}".',

  indicatorTableMissing: 'Mục 2. Mục tiêu, chỉ tiêu cụ thể ({section}) chưa có bảng chỉ tiêu (cần các cột: tên chỉ tiêu, đơn vị tính, chỉ tiêu năm 2026, phương pháp tính, đo lường, đánh giá, cơ quan chủ trì, thời hạn, nguồn lực).',
  indicatorFieldMissing: 'Chỉ tiêu "{name}" thiếu "{field}".',
  indicatorUnitMissing: 'Chỉ tiêu "{name}" thiếu đơn vị tính.',
  indicatorUnitMissingFix: 'Chỉ tiêu "{name}" thiếu đơn vị tính; theo danh mục chỉ tiêu, đơn vị là "{unit}".',
  indicatorTargetUnquantified: 'Chỉ tiêu "{name}": mục tiêu năm 2026 phải là con số, tỷ lệ hoặc số lượng cụ thể, nhưng ghi "{found}".',
  indicatorTarget2030Missing: 'Chỉ tiêu "{name}" ({code}) cần mục tiêu đến năm 2030 có định lượng theo danh mục chỉ tiêu, nhưng {found}.',
  indicatorDeadlineInvalid: 'Chỉ tiêu "{name}": thời hạn "{found}" không hợp lệ ({reason}); cần một ngày hoặc khoảng thời gian trong giai đoạn 2026–2030, ví dụ "31/12/2026", "Quý IV/2026".',
  indicatorDeadlineMissing: 'Chỉ tiêu "{name}" chưa có thời hạn hoàn thành.',
  indicatorDeadlineOngoing: 'Chỉ tiêu "{name}": thời hạn "{found}" không phải một mốc thời gian cụ thể; nên ghi rõ ngày, tháng, quý hoặc năm.',
  indicatorCatalogUncovered: 'Kế hoạch chưa có chỉ tiêu được giao "{name}" ({code}, đơn vị {unit}); cần một dòng trong bảng chỉ tiêu mang mã {code} hoặc tên chỉ tiêu này.',

  taskAreaIncomplete: 'Nhiệm vụ "{heading}" ({section}) chưa nêu rõ: {missing}.',
  areaContent: 'nội dung nhiệm vụ',
  areaExpectedResult: 'dự kiến kết quả',
  areaTimeline: 'thời gian thực hiện',
  areaImplementingUnit: 'đơn vị thực hiện',
  infraCommuneProvince: 'Mục Hạ tầng số ({section}) phải xác định nội dung phát triển hạ tầng số tới cấp xã, phường, nhưng chưa thấy nội dung nào nói tới cấp xã/phường.',
  infraCommuneCentral: 'Mục Hạ tầng số ({section}) phải xác định nội dung phát triển hạ tầng số tới các đơn vị trực thuộc Bộ, nhưng chưa thấy nội dung nào nói tới đơn vị trực thuộc.',
  taskRowIncomplete: 'Nhiệm vụ, dự án "{name}" thiếu: {missing}.',
  taskFieldExpectedResult: 'kết quả dự kiến',
  taskFieldEffectiveness: 'hiệu quả',
  taskFieldDeadline: 'thời hạn hoàn thành',
  taskFieldImplementingUnit: 'đơn vị triển khai',
  taskFieldFundingSource: 'nguồn kinh phí',
  taskAmountUnparsed: 'Nhiệm vụ, dự án "{name}": không đọc được số tiền "{found}"; cần ghi số theo định dạng Việt Nam, ví dụ "1.250" (triệu đồng) hoặc "2,5 tỷ đồng".',
  taskDeadlineInvalid: 'Nhiệm vụ, dự án "{name}": thời hạn "{found}" không hợp lệ ({reason}); cần ví dụ "31/12/2026", "Quý IV/2026", "Năm 2026".',
  taskDeadlineOngoing: 'Nhiệm vụ, dự án "{name}": thời hạn "{found}" không phải một mốc thời gian cụ thể; nên ghi rõ ngày, tháng, quý hoặc năm.',

  legalBasisRequired: 'Căn cứ lập kế hoạch ({section}) phải dẫn {kind} số {number} ngày {date} của {issuer}, nhưng chưa thấy.',
  legalBasisWrongDate: '{kind} số {number} được dẫn với ngày {found}, nhưng ngày ban hành đúng là {expected}.',
  legalBasisWrongNumber: '{kind} ngày {date} được dẫn với số hiệu "{found}", nhưng số hiệu đúng là "{expected}".',
  citationText: '- {kind} số {number} ngày {date} của {issuer};',

  legacyEncoding: 'Đoạn văn được gõ bằng bảng mã cũ {encoding} (không phải Unicode theo TCVN 6909:2001): "{excerpt}"; có thể chuyển sang Unicode: "{converted}".',
  legacyEncodingSummary: 'Còn {count} đoạn khác gõ bằng bảng mã cũ {encoding} (đoạn đầu tiên: "{excerpt}"); hãy chuyển các đoạn trên sang Unicode rồi kiểm tra lại.',

  formatFont: 'Phông chữ phải là Times New Roman, nhưng {count} đoạn dùng phông khác ({found}).',
  formatColor: 'Chữ phải màu đen, nhưng {count} đoạn có chữ màu khác ({found}).',
  formatPageSize: 'Khổ giấy phải là A4 (210 × 297 mm), nhưng phần {index} của văn bản có khổ {found}.',
  formatPageLandscape: 'Trang phải đặt theo chiều dọc; chỉ trang có bảng mới được đặt ngang, nhưng phần {index} đặt ngang mà không có bảng.',
  formatMargins: 'Lề trang phải là trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm, nhưng phần {index} có {found}.',
  formatBodySize: 'Cỡ chữ phần nội dung phải từ 13 đến 14, nhưng {count} đoạn có cỡ khác ({found}).',
  formatBodyAlign: 'Đoạn văn nội dung phải căn đều hai bên, nhưng {count} đoạn căn khác ({found}).',
  formatBodyIndent: 'Dòng đầu mỗi đoạn phải lùi vào 1 cm hoặc 1,27 cm, nhưng {count} đoạn lùi khác ({found}).',
  formatBodySpacing: 'Khoảng cách giữa các đoạn phải tối thiểu 6 pt, nhưng {count} đoạn có khoảng cách nhỏ hơn ({found}).',
  formatBodyLineSpacing: 'Khoảng cách dòng phải từ dòng đơn đến 1,5 dòng, nhưng {count} đoạn có khoảng cách khác ({found}).',
  formatHeadingPartBold: 'Tiêu đề "Phần" phải in đậm, nhưng {count} tiêu đề không in đậm (đầu tiên: "{excerpt}").',
  formatHeadingPartCenter: 'Tiêu đề "Phần" phải căn giữa, nhưng {count} tiêu đề không căn giữa (đầu tiên: "{excerpt}").',
  formatHeadingPartCaps: 'Tên "Phần" phải viết in hoa, nhưng {count} tiêu đề không in hoa (đầu tiên: "{excerpt}").',
  formatHeadingRomanCaps: 'Tiêu đề mục "I., II., …" phải viết in hoa, nhưng {count} tiêu đề không in hoa (đầu tiên: "{excerpt}").',
  formatHeadingRomanBold: 'Tiêu đề mục "I., II., …" phải in đậm, nhưng {count} tiêu đề không in đậm (đầu tiên: "{excerpt}").',
  formatHeadingArabicBold: 'Tiêu đề mục "1., 2., …" phải in đậm, nhưng {count} tiêu đề không in đậm (đầu tiên: "{excerpt}").',
  formatHeadingPointItalic: 'Điểm "a), b)" phải in đứng (không in nghiêng), nhưng {count} điểm in nghiêng (đầu tiên: "{excerpt}").',
  formatHeadingSize: 'Cỡ chữ tiêu đề phải từ 13 đến 14, nhưng {count} tiêu đề có cỡ khác ({found}).',
  formatPageNumberMissing: 'Văn bản phải đánh số trang ở giữa lề trên, nhưng không thấy số trang.',
  formatPageNumberFooter: 'Số trang phải đặt ở lề trên (đầu trang), nhưng đang ở chân trang.',
  formatPageNumberAlign: 'Số trang phải căn giữa, nhưng đang căn {found}.',
  formatPageNumberFirst: 'Trang đầu tiên không hiển thị số trang, nhưng văn bản đang đánh số cả trang đầu.',
  formatUnicodeNfd: 'Có {count} đoạn được lưu ở dạng Unicode tổ hợp (NFD); nên chuyển về dạng dựng sẵn (NFC) để tìm kiếm, sắp xếp đúng.',
} as const;

export type MessageKey = keyof typeof messagesVi;

/** Fills a message template: msg('sectionMissing', { heading: '…' }). Unknown placeholders stay visible. */
export function msg(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messagesVi[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A short quotation of a text for a message. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
