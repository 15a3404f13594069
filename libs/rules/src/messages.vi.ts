/**
 * Every user-facing message of the rules, in Vietnamese, as templates with
 * {placeholders}. An English file with the same keys can be added beside it.
 * Messages name what was expected and what was found.
 */
export const messagesVi = {
  ruleCrashed: 'Quy tắc "{rule}" gặp lỗi nội bộ và đã bị bỏ qua: {error}.',

  sectionMissing: 'Thiếu mục {where}; theo khung kế hoạch, mục này đứng ngay sau mục {after}.',
  sectionMissingFirst: 'Thiếu mục {where}; theo khung kế hoạch, đây là mục đầu tiên của văn bản.',
  sectionMissingFirstChild: 'Thiếu mục {where}; theo khung kế hoạch, đây là mục đầu tiên trong mục {parent}.',
  sectionDuplicate: 'Mục {where} xuất hiện {count} lần; khung kế hoạch chỉ có một mục này.',
  sectionOrder: 'Mục {where} đứng sai thứ tự: theo khung, mục này phải đứng sau {expectedAfter}, nhưng lại đứng sau {foundAfter}.',
  sectionMisplaced: 'Mục {where} phải nằm trong {expectedParent}, nhưng lại nằm trong {foundParent}.',
  topLevel: 'cấp cao nhất của văn bản',
  documentStart: 'phần đầu văn bản',
  inSection: 'mục {heading}',

  headingUnknown: 'Tiêu đề "{found}" không thuộc khung kế hoạch; nội dung dưới tiêu đề này được tính vào mục {where}.',
  headingUnknownTop: 'Tiêu đề "{found}" không thuộc khung kế hoạch.',
  sectionEmpty: 'Mục {where} chưa có nội dung.',

  itemMissing:
    'Mục {where} thiếu "{label} {title}": không thấy dòng nào bắt đầu bằng "{label}" hay "{title}" trong mục này; mỗi lĩnh vực phải có cả a) Kết quả đạt được và b) Tồn tại, hạn chế.',
  itemEmptyBlank: 'Mục {where}: "{label} {title}" để trống, chưa có nội dung.',
  itemEmptyPlaceholder: 'Mục {where}: "{label} {title}" chỉ có chỗ trống "[...]", chưa có nội dung thực.',
  itemEmptyGuidance: 'Mục {where}: "{label} {title}" chỉ có văn bản hướng dẫn của Bộ, chưa có nội dung của cơ quan.',
  itemEmptyLabel: 'Mục {where}: "{label} {title}" chỉ có tiêu đề, chưa có nội dung.',

  guidanceLeft: 'Mục {where} còn để nguyên văn bản hướng dẫn của Bộ Khoa học và Công nghệ: "{excerpt}"; cần thay bằng nội dung của cơ quan.',
  guidanceOnly: 'Mục {where} chỉ có văn bản hướng dẫn của Bộ Khoa học và Công nghệ, chưa có nội dung của cơ quan: "{excerpt}".',
  placeholderLeft: 'Mục {where} còn chỗ trống chưa điền: "{placeholder}" trong "{excerpt}".',

  indicatorTableMissing:
    'Mục {where} chưa có bảng chỉ tiêu; bảng cần các cột: tên chỉ tiêu, đơn vị tính, chỉ tiêu năm 2026, phương pháp tính, đo lường, đánh giá, cơ quan chủ trì, thời hạn, nguồn lực.',
  indicatorFieldMissing: 'Chỉ tiêu "{name}" thiếu "{field}".',
  indicatorUnitMissing: 'Chỉ tiêu "{name}" thiếu đơn vị tính.',
  indicatorUnitMissingFix: 'Chỉ tiêu "{name}" thiếu đơn vị tính; theo danh mục chỉ tiêu, đơn vị là "{unit}".',
  indicatorTargetUnquantified: 'Chỉ tiêu "{name}": mục tiêu năm 2026 phải là con số, tỷ lệ hoặc số lượng cụ thể, nhưng ghi "{found}".',
  indicatorTargetEmpty: 'Chỉ tiêu "{name}" chưa có mục tiêu năm 2026; cần một con số, tỷ lệ hoặc số lượng cụ thể.',
  indicatorTarget2030Missing: 'Chỉ tiêu "{name}", mã {code}, cần mục tiêu đến năm 2030 có định lượng theo danh mục chỉ tiêu, nhưng đang để trống.',
  indicatorTarget2030Unquantified: 'Chỉ tiêu "{name}", mã {code}, cần mục tiêu đến năm 2030 có định lượng theo danh mục chỉ tiêu, nhưng lại ghi "{found}".',
  indicatorDeadlineInvalid:
    'Chỉ tiêu "{name}": thời hạn "{found}" không hợp lệ vì {reason}; cần một ngày hoặc khoảng thời gian trong giai đoạn 2026–2030, ví dụ "31/12/2026", "Quý IV/2026".',
  indicatorDeadlineMissing: 'Chỉ tiêu "{name}" chưa có thời hạn hoàn thành.',
  indicatorDeadlineOngoing: 'Chỉ tiêu "{name}": thời hạn "{found}" không phải một mốc thời gian cụ thể; nên ghi rõ ngày, tháng, quý hoặc năm.',
  indicatorCatalogUncovered:
    'Kế hoạch chưa có chỉ tiêu được giao "{name}", mã {code}, đơn vị tính {unit}; cần một dòng trong bảng chỉ tiêu mang mã {code} hoặc tên chỉ tiêu này.',

  tableColumnMissing: '{table} trong mục {where} không có cột "{column}"; cột này cần có để đọc được {field} của từng dòng.',
  tableColumnUnrecognized:
    '{table} trong mục {where} không có cột "{column}": không nhận ra cột {unrecognized}; hãy đặt tên cột theo khung kế hoạch, ví dụ "{column}".',
  tableIndicators: 'Bảng chỉ tiêu',
  tableTasks: 'Bảng nhiệm vụ, dự án',
  tableProjects2025: 'Bảng dự án năm 2025',

  taskAreaIncomplete: 'Nhiệm vụ {where} chưa nêu rõ: {missing}.',
  areaContent: 'nội dung nhiệm vụ',
  areaExpectedResult: 'dự kiến kết quả',
  areaTimeline: 'thời gian thực hiện',
  areaImplementingUnit: 'đơn vị thực hiện',
  infraCommuneProvince: 'Mục {where} phải xác định nội dung phát triển hạ tầng số tới cấp xã, phường, nhưng chưa thấy nội dung nào nói tới cấp xã, phường.',
  infraCommuneCentral:
    'Mục {where} phải xác định nội dung phát triển hạ tầng số tới các đơn vị trực thuộc Bộ, nhưng chưa thấy nội dung nào nói tới đơn vị trực thuộc.',
  taskRowIncomplete: 'Nhiệm vụ, dự án "{name}" thiếu: {missing}.',
  taskFieldExpectedResult: 'kết quả dự kiến',
  taskFieldEffectiveness: 'hiệu quả',
  taskFieldDeadline: 'thời hạn hoàn thành',
  taskFieldImplementingUnit: 'đơn vị triển khai',
  taskFieldFundingSource: 'nguồn kinh phí',
  taskAmountUnparsed:
    'Nhiệm vụ, dự án "{name}": không đọc được số tiền "{found}"; cần ghi số theo định dạng Việt Nam, ví dụ "1.250" khi cột ghi đơn vị triệu đồng, hoặc "2,5 tỷ đồng".',
  taskDeadlineInvalid: 'Nhiệm vụ, dự án "{name}": thời hạn "{found}" không hợp lệ vì {reason}; cần ví dụ "31/12/2026", "Quý IV/2026", "Năm 2026".',
  taskDeadlineOngoing: 'Nhiệm vụ, dự án "{name}": thời hạn "{found}" không phải một mốc thời gian cụ thể; nên ghi rõ ngày, tháng, quý hoặc năm.',

  legalBasisRequired: 'Mục {where} phải dẫn {kind} số {number} ngày {date} của {issuer}, nhưng chưa thấy văn bản này.',
  legalBasisWrongDate: '{kind} số {number} được dẫn với ngày {found}, nhưng ngày ban hành đúng là {expected}.',
  legalBasisWrongNumber: '{kind} ngày {date} được dẫn với số hiệu "{found}", nhưng số hiệu đúng là "{expected}".',
  citationText: '- {kind} số {number} ngày {date} của {issuer};',

  agencyMismatch:
    'Phần đầu văn bản ghi cơ quan ban hành là {found}, nhưng tài khoản đang nộp thuộc {expected}; chỉ nộp kế hoạch của chính cơ quan mình, hoặc sửa lại tên cơ quan ở đầu văn bản nếu ghi nhầm.',
  trackedChanges:
    'Văn bản còn {total} thay đổi chưa được chấp nhận trong chế độ Theo dõi thay đổi: {insertions} chỗ chèn, {deletions} chỗ xóa, {formatChanges} chỗ đổi định dạng; nội dung Bộ đọc có thể chưa phải bản cuối cùng. Cách sửa: trong Word, chọn Xem lại, rồi Chấp nhận tất cả thay đổi hoặc Từ chối những thay đổi không dùng, lưu lại rồi mới nộp.',

  legacyEncoding:
    'Đoạn văn được gõ bằng bảng mã cũ {encoding}, không phải Unicode theo TCVN 6909:2001: "{excerpt}"; có thể chuyển sang Unicode: "{converted}".',
  legacyEncodingSummary:
    'Còn {count} đoạn khác gõ bằng bảng mã cũ {encoding}, đoạn đầu tiên là "{excerpt}"; hãy chuyển các đoạn trên sang Unicode rồi kiểm tra lại.',

  formatFont: 'Phông chữ phải là Times New Roman, nhưng {count} đoạn dùng phông khác: {found}.',
  formatColor: 'Chữ phải màu đen, nhưng {count} đoạn có chữ màu khác: {found}.',
  formatPageSize: 'Khổ giấy phải là A4, 210 × 297 mm, nhưng phần {index} của văn bản có khổ {found}.',
  formatPageLandscape: 'Trang phải đặt theo chiều dọc; chỉ trang có bảng mới được đặt ngang, nhưng phần {index} đặt ngang mà không có bảng.',
  formatMargins: 'Lề trang phải là trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm, nhưng phần {index} có {found}.',
  formatBodySize: 'Cỡ chữ phần nội dung phải từ 13 đến 14, nhưng {count} đoạn có cỡ khác: {found}.',
  formatBodyAlign: 'Đoạn văn nội dung phải căn đều hai bên, nhưng {count} đoạn căn khác: {found}.',
  formatBodyIndent: 'Dòng đầu mỗi đoạn phải lùi vào 1 cm hoặc 1,27 cm, nhưng {count} đoạn lùi khác: {found}.',
  formatBodySpacing: 'Khoảng cách giữa các đoạn phải tối thiểu 6 pt, nhưng {count} đoạn có khoảng cách nhỏ hơn: {found}.',
  formatBodyLineSpacing: 'Khoảng cách dòng phải từ dòng đơn đến 1,5 dòng, nhưng {count} đoạn có khoảng cách khác: {found}.',
  formatHeadingPartBold: 'Tiêu đề "Phần" phải in đậm, nhưng {count} tiêu đề không in đậm, đầu tiên là "{excerpt}".',
  formatHeadingPartCenter: 'Tiêu đề "Phần" phải căn giữa, nhưng {count} tiêu đề không căn giữa, đầu tiên là "{excerpt}".',
  formatHeadingPartCaps: 'Tên "Phần" phải viết in hoa, nhưng {count} tiêu đề không in hoa, đầu tiên là "{excerpt}".',
  formatHeadingRomanCaps: 'Tiêu đề mục "I., II., …" phải viết in hoa, nhưng {count} tiêu đề không in hoa, đầu tiên là "{excerpt}".',
  formatHeadingRomanBold: 'Tiêu đề mục "I., II., …" phải in đậm, nhưng {count} tiêu đề không in đậm, đầu tiên là "{excerpt}".',
  formatHeadingArabicBold: 'Tiêu đề mục "1., 2., …" phải in đậm, nhưng {count} tiêu đề không in đậm, đầu tiên là "{excerpt}".',
  formatHeadingPointItalic: 'Điểm "a), b)" phải in đứng, không in nghiêng, nhưng {count} điểm in nghiêng, đầu tiên là "{excerpt}".',
  formatHeadingSize: 'Cỡ chữ tiêu đề phải từ 13 đến 14, nhưng {count} tiêu đề có cỡ khác: {found}.',
  formatPageNumberMissing: 'Văn bản phải đánh số trang ở giữa lề trên, nhưng không thấy số trang.',
  formatPageNumberFooter: 'Số trang phải đặt ở lề trên, tức đầu trang, nhưng đang ở chân trang.',
  formatPageNumberAlign: 'Số trang phải căn giữa, nhưng đang căn {found}.',
  formatPageNumberFirst: 'Trang đầu tiên không hiển thị số trang, nhưng văn bản đang đánh số cả trang đầu.',
  formatUnicodeNfd:
    'Có {count} đoạn văn mà dấu tiếng Việt được lưu tách rời khỏi chữ cái, gọi là Unicode tổ hợp, thường do chép từ trang web hoặc máy Mac. Chữ vẫn hiện đúng, nhưng tìm kiếm, sắp xếp và tổng hợp có thể sai. Cách sửa: chép các đoạn này vào công cụ chuyển mã của UniKey, chọn chuyển từ "Unicode tổ hợp" sang "Unicode", rồi dán lại; đoạn đầu tiên được đánh dấu trong văn bản.',
} as const;

export type MessageKey = keyof typeof messagesVi;

/** Placeholder values of a message: what was expected and what was found, as data. */
export type MessageData = Record<string, string | number>;

/**
 * Fills a message template: msg('sectionMissing', { where: '…' }). Unknown placeholders
 * stay visible. `table` is the language (an English table with the same keys can be passed).
 */
export function msg(key: MessageKey, vars: MessageData = {}, table: Record<MessageKey, string> = messagesVi): string {
  return table[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A short quotation of a text for a message. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
