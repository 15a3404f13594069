import type { ErrorCode } from '@cds/api';

/**
 * Every user-facing message of the server, in Vietnamese. Keys double as the
 * stable machine-readable error codes (UPPER_SNAKE) sent beside the message.
 */
export const messages = {
  // Generic HTTP
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  VALIDATION_FAILED: 'Dữ liệu gửi lên không hợp lệ.',
  INVALID_JSON: 'Nội dung JSON không đọc được (sai cú pháp).',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  UNSUPPORTED_MEDIA_TYPE: 'Kiểu nội dung (Content-Type) không được hỗ trợ.',
  NOT_FOUND: 'Không tìm thấy.',
  ROUTE_NOT_FOUND: 'Không có địa chỉ này trên máy chủ.',
  INTERNAL: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.',
  RATE_LIMITED: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
  // Auth
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  SESSION_EXPIRED: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
  INVALID_CREDENTIALS: 'Email hoặc mật khẩu không đúng.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NO_AGENCY: 'Tài khoản của bạn chưa được gắn với cơ quan nào.',
  DRAFTER_CANNOT_SUBMIT: 'Chuyên viên soạn thảo không được gửi kế hoạch; người có quyền gửi của cơ quan mới gửi được.',
  // Rounds and plans
  NO_CURRENT_ROUND: 'Hiện chưa có đợt báo cáo nào đang mở.',
  ROUND_NOT_FOUND: 'Không tìm thấy đợt báo cáo.',
  ROUND_NOT_OPEN: 'Đợt báo cáo chưa mở.',
  PLAN_NOT_FOUND: 'Không tìm thấy kế hoạch.',
  STALE_REVISION: 'Kế hoạch đã được cập nhật từ nơi khác. Hãy gộp với phiên bản mới nhất rồi đồng bộ lại.',
  SECTIONS_MISSING:
    'Máy chủ chưa có nội dung của một số mục trong bản nháp này (có thể do bản nháp được dựng trên một phiên bản cũ). Hãy gửi lại toàn bộ kế hoạch; dữ liệu chưa gửi vẫn được giữ.',
  DRAFT_FORM: 'Bản nháp phải được gửi theo đúng một trong hai dạng: toàn bộ kế hoạch ("plan"), hoặc theo mục ("sections" kèm "parts").',
  PLAN_LOCKED: 'Kế hoạch đã gửi hoặc đã được tiếp nhận nên không thể sửa bản nháp; chờ Bộ KH&CN trả lại nếu cần sửa.',
  ALREADY_SUBMITTED: 'Kế hoạch này đã được gửi (có thể bởi người khác cùng cơ quan). Không gửi lại được cho đến khi Bộ KH&CN trả lại.',
  SUBMISSION_CLOSED: 'Đã quá hạn nộp kế hoạch của đợt này và đợt báo cáo không nhận bản nộp muộn.',
  MISSING_FILE: 'Thiếu tệp kế hoạch (.docx).',
  NOT_DOCX: 'Tệp gửi lên phải là tài liệu Word (.docx).',
  MISSING_PLAN_FIELD: 'Thiếu trường "plan" (dữ liệu kế hoạch đã trích xuất, dạng JSON).',
  MISSING_IDEMPOTENCY_KEY: 'Thiếu trường "idempotencyKey".',
  PLAN_HAS_ERRORS: 'Kế hoạch còn lỗi nghiêm trọng nên chưa thể gửi. Hãy sửa các lỗi được liệt kê rồi gửi lại.',
  PLAN_MISMATCH: 'Dữ liệu trích xuất gửi kèm không khớp với nội dung tệp .docx. Hãy lưu tài liệu rồi gửi lại.',
  UNREADABLE_DOCX: 'Không đọc được tệp .docx.',
  SUBMISSION_NOT_FOUND: 'Không tìm thấy bản nộp.',
  // Review
  NOT_REVIEWABLE: 'Chỉ xem xét được kế hoạch đã gửi và đang chờ xem xét.',
  RETURN_NEEDS_COMMENT: 'Khi trả lại kế hoạch cần có ít nhất một nhận xét.',
  // Admin
  AGENCY_NOT_FOUND: 'Không tìm thấy cơ quan.',
  AGENCY_CODE_TAKEN: 'Mã cơ quan đã tồn tại.',
  EMAIL_TAKEN: 'Email đã được dùng cho tài khoản khác.',
  AGENCY_REQUIRED: 'Tài khoản chuyên viên hoặc người gửi phải gắn với một cơ quan.',
  MST_HAS_NO_AGENCY: 'Tài khoản của Bộ KH&CN không gắn với cơ quan nộp kế hoạch.',
  DEADLINE_BEFORE_OPEN: 'Hạn nộp phải sau thời điểm mở đợt.',
  CATALOG_INVALID: 'Danh mục chỉ tiêu có lỗi; chưa nhập dòng nào.',
  // Admin edits
  NOTHING_TO_UPDATE: 'Cần gửi ít nhất một trường cần thay đổi.',
  USER_NOT_FOUND: 'Không tìm thấy tài khoản.',
  ACCOUNT_DISABLED: 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên của Bộ KH&CN.',
  SELF_LOCKOUT: 'Bạn không thể tự khóa hoặc tự hạ quyền tài khoản quản trị của chính mình; hãy nhờ một quản trị viên khác thực hiện.',
  AGENCY_KIND_LOCKED:
    'Không thể đổi loại cơ quan (tỉnh, thành phố hay cơ quan trung ương) vì cơ quan đã có kế hoạch trong một đợt báo cáo và các quy tắc kiểm tra đã áp dụng theo loại cũ.',
  // Bad input the database could not hold
  INVALID_TEXT: 'Văn bản chứa ký tự không lưu được (ký tự NUL hoặc nửa cặp mã UTF-16). Hãy xóa ký tự đó rồi gửi lại.',
  TEXT_TOO_LONG: 'Văn bản quá dài.',
  VALUE_OUT_OF_RANGE: 'Giá trị số vượt quá giới hạn cho phép.',
  INVALID_IDEMPOTENCY_KEY: 'Khóa chống gửi trùng (idempotencyKey) chỉ được gồm 8–200 ký tự ASCII in được (không có dấu cách, không có ký tự điều khiển).',
  IDEMPOTENCY_KEY_REUSED: 'Khóa chống gửi trùng (idempotencyKey) này đã được dùng cho một yêu cầu có nội dung khác. Hãy dùng khóa mới cho nội dung mới.',
  CONFLICT: 'Dữ liệu trùng với một bản ghi đã có.',
  UNKNOWN_TEMPLATE: 'Không có mẫu khung kế hoạch phiên bản này.',
  TEMPLATE_MISMATCH: 'Kế hoạch được lập theo một mẫu khung khác với mẫu của đợt báo cáo.',
  UNKNOWN_SECTION: 'Mã mục không có trong mẫu khung kế hoạch.',
  NESTING_TOO_DEEP: 'Nội dung JSON lồng quá nhiều cấp.',
  INVALID_UTF8: 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ (có byte không giải mã được). Hãy gửi lại với mã hóa UTF-8.',
  TOO_MANY_FILES: 'Chỉ gửi một tệp kế hoạch (.docx) mỗi lần.',
  AGENCY_MISMATCH: 'Tệp kế hoạch ghi tên một cơ quan khác với cơ quan của bạn.',
} as const satisfies Record<ErrorCode, string>;

export type MessageCode = ErrorCode;

/** "20 MB", "512 KB", "900 byte": sizes as an agency's staff read them. */
export function formatBytes(bytes: number): string {
  const f = (x: number) => (Math.round(x * 10) / 10).toLocaleString('vi-VN');
  if (bytes >= 1024 * 1024) return `${f(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${f(bytes / 1024)} KB`;
  return `${bytes} byte`;
}

/** What the server prints when it cannot start (no stack trace: the operator reads these). */
export const startupMessages = {
  dataDirLocked: (dir: string, pid: number) =>
    `Thư mục dữ liệu ${dir} đang được tiến trình khác (PID ${pid}) sử dụng. Mỗi thư mục dữ liệu PGlite chỉ được một máy chủ mở; hãy dừng tiến trình ${pid} hoặc đặt DATA_DIR khác.`,
  invalidEnv: (issues: string[]) => `Cấu hình môi trường không hợp lệ:\n${issues.map((i) => `  - ${i}`).join('\n')}`,
  envIssue: (name: string, detail: string) => `${name}: ${detail}`,
  portInUse: (host: string, port: number) =>
    `Cổng ${port} trên ${host} đang được chương trình khác dùng. Hãy dừng chương trình đó hoặc đặt PORT khác (ví dụ PORT=3002).`,
  listenFailed: (host: string, port: number, reason: string) => `Không mở được cổng ${port} trên ${host}: ${reason}.`,
  failed: (reason: string) => `Máy chủ không khởi động được: ${reason}`,
  demoSeeded: 'Đã tạo dữ liệu minh họa: đợt "Kế hoạch CĐS 2026", danh mục chỉ tiêu mẫu, tài khoản demo.',
  demoAccounts: (password: string | null) =>
    password ? `Tài khoản demo (mật khẩu: ${password}):` : 'Tài khoản demo (mật khẩu đã in khi tạo dữ liệu minh họa lần đầu):',
  stopping: 'đang dừng máy chủ',
  listening: (host: string, port: number) => `API: http://${host}:${port}/api  ·  Tài liệu: http://${host}:${port}/docs`,
};

/** Catalogue import problems the server adds to the parser's. */
export const catalogProblems = {
  noEntriesToReplace:
    'Tệp không có chỉ tiêu nào (chỉ có dòng tiêu đề). Nhập ở chế độ thay thế sẽ xóa toàn bộ danh mục của đợt, nên chưa nhập; hãy kiểm tra lại tệp.',
};

/** Messages that take values. */
export const formatMessages = {
  unknownAgencyCodes: (code: string, agencies: string[]) => `Chỉ tiêu ${code}: không có cơ quan mang mã ${agencies.join(', ')}.`,
  lateAccepted: 'Bản nộp sau hạn: đã tiếp nhận và đánh dấu nộp muộn.',
  validationAt: (path: string, detail: string) => `Trường "${path}": ${detail}`,
  formField: (field: string, detail: string) => `Trường "${field}" của biểu mẫu: ${detail}`,
  receipt: (n: string) => `Đã tiếp nhận kế hoạch. Số biên nhận: ${n}.`,
  tooLarge: (bytes: number) => `Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa ${formatBytes(bytes)}).`,
  agencyMismatch: (document: string, account: string) =>
    `Tệp kế hoạch ghi tên cơ quan "${document}", nhưng tài khoản của bạn thuộc "${account}". Chỉ gửi được kế hoạch của chính cơ quan mình; chưa lưu gì.`,
  unknownTemplate: (version: string) => `Không có mẫu khung kế hoạch phiên bản "${version}".`,
  templateMismatch: (plan: string, round: string) => `Kế hoạch lập theo mẫu "${plan}", nhưng đợt báo cáo dùng mẫu "${round}".`,
  unknownSection: (id: string, version: string) => `Mã mục "${id}" không có trong mẫu khung ${version}.`,
};
