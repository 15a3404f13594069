/** Vietnamese messages of catalogue import. */
export const catalogMessages = {
  emptyFile: 'Tệp danh mục chỉ tiêu trống.',
  invalidJson: (reason: string) => `Tệp JSON không hợp lệ: ${reason}.`,
  notAList: 'Tệp JSON phải là một danh sách chỉ tiêu hoặc một đối tượng có trường "entries".',
  invalidCsv: (line: number) => `Tệp CSV không đọc được (sai cấu trúc ở dòng ${line}).`,
  unclosedQuote: (line: number) => `Dòng ${line}: dấu ngoặc kép (") mở ra nhưng không được đóng lại; hãy kiểm tra ô có dấu ngoặc kép ở dòng này.`,
  badYesNo: (value: string) => `giá trị "${value}" không phải có/không (x, có, 1, true hoặc để trống, không, 0, false)`,
  badDirection: (value: string) => `giá trị "${value}" không phải chiều tăng hay giảm (up, tăng hoặc down, giảm)`,
  missingColumn: (label: string) => `Thiếu cột bắt buộc "${label}" ở dòng tiêu đề.`,
  invalidRow: (line: number, field: string, reason: string) => `Dòng ${line}: trường "${field}" không hợp lệ (${reason}).`,
  duplicateCode: (line: number, code: string) => `Dòng ${line}: mã chỉ tiêu "${code}" bị trùng.`,
  badAppliesTo: (value: string) => `giá trị "${value}" không phải "province", "central", "all" (tỉnh, trung ương, tất cả) hoặc danh sách mã cơ quan`,
} as const;
