/**
 * Vietnamese text for every error the .docx reader can raise, in one place so an
 * English table can be added beside it. Keys are `DocxErrorCode`s.
 */
export const messagesVi = {
  'not-zip': 'Tệp không phải là tài liệu .docx (không phải tệp nén ZIP hợp lệ).',
  'not-docx': 'Tệp là tài liệu Word cũ (.doc) hoặc đã được đặt mật khẩu; hãy lưu lại dưới dạng .docx không mật khẩu.',
  encrypted: 'Tài liệu đã được bảo vệ bằng mật khẩu (mã hoá); hãy gỡ mật khẩu rồi lưu lại dưới dạng .docx.',
  'no-main-part': 'Tệp ZIP không chứa phần nội dung chính của tài liệu Word (word/document.xml).',
  truncated: 'Tệp .docx bị cắt cụt hoặc tải về chưa hết; hãy gửi lại tệp đầy đủ.',
  'too-large': 'Tệp .docx vượt quá kích thước cho phép.',
  'zip-bomb': 'Tệp .docx có dữ liệu nén bất thường (tỷ lệ nén hoặc kích thước giải nén quá lớn) nên bị từ chối.',
  corrupt: 'Tệp .docx bị hỏng, không đọc được cấu trúc nén.',
  'duplicate-entry': 'Tệp .docx có hai mục nén trùng tên (một mục có thể che giấu mục kia) nên bị từ chối; hãy mở bằng Word và lưu lại.',
  'unsafe-entry-name':
    'Tệp .docx có mục nén mang tên không hợp lệ (đường dẫn tuyệt đối hoặc chứa "..", có thể ghi ra ngoài thư mục khi giải nén) nên bị từ chối.',
  'xml-dtd': 'Tài liệu chứa khai báo DOCTYPE/ENTITY trong XML, không được phép vì lý do an toàn.',
  'xml-malformed': 'Nội dung XML trong tài liệu bị lỗi cú pháp, không đọc được.',
  'xml-encoding': 'Nội dung XML trong tài liệu dùng bảng mã không được hỗ trợ (chỉ đọc UTF-8, UTF-16 và các bảng mã một byte thông dụng).',
  'paragraph-too-long': 'Tài liệu có một đoạn văn quá dài, vượt quá giới hạn xử lý; hãy chia đoạn đó thành nhiều đoạn.',
  'too-much-text': 'Tài liệu có quá nhiều chữ, vượt quá giới hạn xử lý.',
  'too-many-paragraphs': 'Tài liệu có quá nhiều đoạn văn, vượt quá giới hạn xử lý.',
  'too-many-cells': 'Tài liệu có quá nhiều ô bảng, vượt quá giới hạn xử lý.',
  'too-many-fields': 'Tài liệu có quá nhiều trường (field) của Word, vượt quá giới hạn xử lý.',
  'counter-too-large': 'Tài liệu có số thứ tự của danh sách tự động quá lớn (giá trị bắt đầu bất thường), vượt quá giới hạn xử lý.',
} as const;

/** What a count limit counts, for the limit detail ("Giới hạn: 100.000 ký tự."); byte limits have none. */
export const countUnitVi: Partial<Record<keyof typeof messagesVi, string>> = {
  'paragraph-too-long': 'ký tự trong một đoạn',
  'too-much-text': 'ký tự',
  'too-many-paragraphs': 'đoạn văn',
  'too-many-cells': 'ô bảng',
  'too-many-fields': 'trường',
  'counter-too-large': '',
};

/** Details appended to a message: which part, which limit, where. */
export const detailVi = {
  part: (name: string) => `Phần: ${name}.`,
  limit: (bytes: number) => `Giới hạn: ${formatBytes(bytes)}.`,
  count: (n: number, unit: string) => `Giới hạn: ${formatCount(n)}${unit ? ` ${unit}` : ''}.`,
  excerpt: (text: string) => `Đoạn bắt đầu bằng: «${text}».`,
} as const;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} byte`;
}

/** 100000 → "100.000", as Vietnamese writes thousands. */
function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
