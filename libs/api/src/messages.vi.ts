import type { ClientErrorCode } from './error-codes.js';

/** What the typed client says when the server gave no answer of its own. */
export const clientMessages = {
  NETWORK_ERROR: 'Không kết nối được tới máy chủ. Kiểm tra kết nối mạng rồi thử lại; dữ liệu chưa gửi vẫn được giữ.',
  BAD_RESPONSE: 'Máy chủ trả lời không đúng định dạng mong đợi. Vui lòng thử lại hoặc liên hệ quản trị viên.',
} as const satisfies Record<ClientErrorCode, string>;

/** Messages by HTTP status, for an error answer that carries no message (e.g. a proxy's 502). */
export const statusMessages: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ.',
  401: 'Bạn cần đăng nhập để tiếp tục.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy.',
  413: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  429: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
  502: 'Máy chủ tạm thời không trả lời. Vui lòng thử lại sau ít phút.',
  503: 'Máy chủ tạm thời không trả lời. Vui lòng thử lại sau ít phút.',
  504: 'Máy chủ trả lời quá chậm. Vui lòng thử lại sau ít phút.',
};
export const fallbackMessage = 'Lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.';
