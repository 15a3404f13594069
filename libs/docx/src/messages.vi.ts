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
  'xml-dtd': 'Tài liệu chứa khai báo DOCTYPE/ENTITY trong XML, không được phép vì lý do an toàn.',
  'xml-malformed': 'Nội dung XML trong tài liệu bị lỗi cú pháp, không đọc được.',
} as const;

/** Details appended to a message: which part, which limit. */
export const detailVi = {
  part: (name: string) => `Phần: ${name}.`,
  limit: (bytes: number) => `Giới hạn: ${formatBytes(bytes)}.`,
} as const;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} byte`;
}
