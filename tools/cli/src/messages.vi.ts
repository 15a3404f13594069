import { labelsVi } from '@cds/strings-vi';

/** Everything the command line says to a person, in Vietnamese. */
export const cliMessages = {
  usage: `Cách dùng:
  npm run cli -- validate TỆP.docx [--json] [--strict] [--agency-kind province|central] [--catalog TỆP.csv|json]
  npm run cli -- text TỆP.docx
  npm run cli -- extract TỆP.docx [--agency-kind province|central]

Mã thoát: 0 = đọc được tệp; 1 = có lỗi (chỉ với --strict); 2 = tệp không phải .docx đọc được.`,
  unknownCommand: (c: string) => `Lệnh không xác định: "${c}".`,
  missingFile: 'Chưa chỉ ra tệp .docx cần xử lý.',
  badOption: (reason: string) => `Tham số không hợp lệ: ${reason}`,
  badAgencyKind: (v: string) => `--agency-kind phải là "province" (tỉnh) hoặc "central" (bộ, ngành); nhận được "${v}".`,
  cannotOpen: (file: string, reason: string) => `Không mở được tệp "${file}": ${reason}`,
  notDocx: (file: string, reason: string) => `Tệp "${file}" không phải tệp .docx đọc được: ${reason}`,
  catalogUnreadable: (file: string) => `Không đọc được danh mục chỉ tiêu "${file}":`,
  severity: labelsVi.severity,
  documentLevel: 'Toàn văn bản',
  sectionNotFound: '(không tìm thấy trong văn bản)',
  ignored: (reason: string) => `đã bỏ qua, lý do: ${reason}`,
  summary: (file: string, sections: number, errors: number, warnings: number, infos: number) =>
    `${file}: nhận diện ${sections} mục; ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  clean: 'Không có phát hiện nào.',
  agencyKind: labelsVi.agencyKind,
  agencyLine: (name: string | null, kind: string | null) => `Cơ quan: ${name ?? '(không đọc được từ đầu văn bản)'}${kind ? ` (${kind})` : ''}`,
} as const;
