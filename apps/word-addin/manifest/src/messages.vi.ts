/** The manifest's user-facing text (what Word shows in its add-in dialogs and on the ribbon). */
export const manifestMessages = {
  provider: 'Bộ Khoa học và Công nghệ',
  displayName: 'Kế hoạch chuyển đổi số',
  description: 'Chèn khung, kiểm tra và gửi Kế hoạch chuyển đổi số theo hướng dẫn của Bộ Khoa học và Công nghệ, ngay trong Word.',
  groupLabel: 'Chuyển đổi số',
  buttonLabel: 'Kế hoạch CĐS',
  buttonTitle: 'Mở ngăn Kế hoạch chuyển đổi số',
  buttonDescription: 'Chèn khung kế hoạch, kiểm tra văn bản và xem các lỗi cần sửa.',
  getStartedTitle: 'Kế hoạch chuyển đổi số đã sẵn sàng',
  getStartedDescription: 'Trên thẻ Trang đầu (Home), chọn "Kế hoạch CĐS" để mở ngăn soạn thảo và kiểm tra.',
} as const;
