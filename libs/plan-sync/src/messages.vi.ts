import { formatCountdown, formatDate, formatDateTime } from '@cds/strings-vi';

/** "lúc 10:00 ngày 01/03/2026": a moment as a Vietnamese sentence says it (Hanoi time). */
const atMoment = (at: Date | string) => `lúc ${formatDateTime(at).split(' ')[0]} ngày ${formatDate(at)}`;

/** Every text the sync engine shows the user, in Vietnamese (one place, for a later translation). */
export const syncMessages = {
  synced: (at: Date | string) => `Đã đồng bộ lúc ${formatDateTime(at)}`,
  neverSynced: 'Chưa đồng bộ lần nào',
  /** The document says it was synced (its identity part) but this browser never saw when: a fresh profile, another computer. */
  syncedRevision: (n: number) => `Đã đồng bộ (phiên bản ${n})`,
  syncing: 'Đang đồng bộ…',
  pending: (n: number) => `Chưa đồng bộ (${n} thay đổi)`,
  offline: (n: number) => (n > 0 ? `Mất kết nối — ${n} thay đổi đang chờ, sẽ tự gửi khi có mạng` : 'Mất kết nối'),
  locked: 'Kế hoạch đã gửi Bộ KH&CN nên không đồng bộ bản nháp nữa; các thay đổi được giữ lại và sẽ gửi khi Bộ trả lại kế hoạch.',
  sessionExpired: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để tiếp tục đồng bộ (các thay đổi vẫn được giữ).',
  refusedRevision: (reason: string) => `Máy chủ không nhận bản đồng bộ này: ${reason}`,
  noAgency: 'Tài khoản này không thuộc cơ quan lập kế hoạch nào, nên không đồng bộ được kế hoạch.',
  foreignAgency: (docAgency: string, userAgency: string) =>
    `Tài liệu này là kế hoạch của ${docAgency}, không phải của ${userAgency} (cơ quan của tài khoản đang đăng nhập). Để tránh ghi nhầm vào kế hoạch khác, tiện ích không đồng bộ và không gửi tài liệu này. Hãy mở đúng tệp của cơ quan mình, hoặc đăng nhập bằng tài khoản của ${docAgency}.`,
  rebased: (other: number, mine: number, at: string | null, sections: string[]) =>
    `Kế hoạch vừa được cập nhật từ một bản khác (phiên bản ${other}${at ? `, lúc ${formatDateTime(at)}` : ''}). ` +
    `Nội dung đang mở trong tài liệu này được giữ nguyên và đã lưu thành phiên bản ${mine}; phiên bản ${other} vẫn còn trong lịch sử.` +
    (sections.length ? ` Các mục khác với bản kia: ${sections.join(', ')}.` : ''),

  // Submission
  drafterCannotSubmit: 'Chuyên viên soạn thảo chỉ đồng bộ được bản nháp; người có vai trò "người gửi" của cơ quan mới gửi kế hoạch cho Bộ KH&CN.',
  notAgencyUser: 'Chỉ tài khoản của cơ quan lập kế hoạch mới gửi được kế hoạch.',
  alreadySubmitted: 'Kế hoạch đã được gửi và đang chờ Bộ KH&CN xem xét; chỉ gửi lại được khi Bộ trả lại.',
  accepted: 'Bộ KH&CN đã tiếp nhận kế hoạch này.',
  hasErrors: (n: number) => `Còn ${n} lỗi phải sửa trước khi gửi. Kế hoạch chưa được gửi.`,
  confirmTitle: 'Gửi kế hoạch cho Bộ KH&CN?',
  confirmWarnings: (n: number) => (n ? `Bộ KH&CN sẽ thấy ${n} cảnh báo:` : 'Không có cảnh báo.'),
  confirmIgnores: (n: number) => (n ? `và ${n} kiểm tra được bỏ qua có lý do:` : ''),
  readingFile: 'Đang lấy tệp .docx từ Word…',
  uploading: 'Đang gửi kế hoạch…',
  /**
   * Word would not give the file. Office's own words in brackets (their closing period
   * dropped: "(… of the file)."), then what to do where the user is: on the web there is
   * no local file to save (#6747 happens there), so a downloaded copy is what to pick.
   */
  getFileFailed: (detail: string, platform?: string | null) =>
    `Word không cho tiện ích lấy tệp đang mở (${detail.trim().replace(/[.\s]+$/, '')}). Điều này xảy ra với một số nơi lưu tệp (SharePoint, dịch vụ lưu trữ khác). ` +
    (platform === 'OfficeOnline'
      ? 'Hãy tải một bản sao về máy (Tệp > Tạo bản sao > Tải xuống) rồi chọn tệp vừa tải xuống để gửi.'
      : platform
        ? 'Hãy lưu tài liệu (Ctrl+S) rồi chọn tệp .docx vừa lưu để gửi.'
        : 'Hãy lưu tài liệu (Ctrl+S; trên Word cho web: Tệp > Tạo bản sao > Tải xuống) rồi chọn tệp .docx vừa lưu để gửi.'),
  pickFile: 'Chọn tệp .docx đã lưu',
  fileUnreadable: (reason: string) => `Không đọc được tệp đã chọn: ${reason}`,
  fileNoIdentity:
    'Tệp đã chọn không mang mã định danh kế hoạch của tiện ích, nên không chắc đó là kế hoạch đang mở. Hãy lưu tài liệu đang mở rồi chọn đúng tệp vừa lưu.',
  fileOtherPlan: (agency: string) => `Tệp đã chọn là kế hoạch khác (của ${agency} hoặc của đợt khác), không phải kế hoạch đang mở. Tệp không được gửi.`,
  noIdentityYet: 'Kế hoạch chưa đồng bộ lần nào nên chưa có mã định danh; hãy chờ đồng bộ xong rồi gửi.',
  submitFailed: (reason: string) => `Chưa gửi được: ${reason}`,
  shaMismatch: 'Mã SHA-256 máy chủ ghi nhận KHÁC với tệp đã gửi. Hãy gửi lại hoặc báo quản trị viên.',

  // Receipt
  receiptTitle: 'Biên nhận',
  onTime: 'Đúng hạn',
  late: 'Nộp muộn',
  shaVerified: 'Mã SHA-256 khớp với tệp đã gửi',

  // Deadline
  deadline: (at: Date | string) => `Hạn nộp: ${formatDateTime(at)} (giờ Hà Nội)`,
  countdown: (deadline: Date | string, now: Date) => formatCountdown(deadline, now),
  lateAccepted: 'Đã quá hạn; đợt báo cáo vẫn nhận kế hoạch nộp muộn (được đánh dấu là nộp muộn).',
  lateRefused: 'Đã quá hạn; đợt báo cáo không nhận kế hoạch nộp muộn.',

  // Review
  returned: 'Bộ KH&CN đã trả lại kế hoạch để chỉnh sửa',
  acceptedReview: 'Bộ KH&CN đã tiếp nhận kế hoạch',
  reviewedAt: (at: string) => atMoment(at),
  wholePlan: 'Toàn bộ kế hoạch',

  // The pane's labels (apps/word-addin/src/sync)
  ui: {
    statusRegion: 'Trạng thái đồng bộ',
    dismiss: 'Đã hiểu',
    retryNow: 'Thử lại ngay',
    submit: 'Gửi kế hoạch cho Bộ KH&CN',
    send: 'Gửi',
    cancel: 'Hủy',
    close: 'Đóng',
    retry: 'Gửi lại',
    checking: 'Đang kiểm tra toàn bộ kế hoạch…',
    errorsTitle: 'Chưa gửi được: kế hoạch còn lỗi',
    warningsNone: 'Kế hoạch không có cảnh báo nào.',
    ignoredReason: (reason: string) => `Lý do bỏ qua: ${reason}`,
    wholeDocument: 'Toàn văn bản',
    receiptNumber: 'Số biên nhận',
    receivedAt: 'Thời gian nhận (giờ Hà Nội)',
    sha256: 'Mã SHA-256 của tệp',
    size: 'Dung lượng',
    sizeValue: (kb: string) => `${kb} KB`,
    timeliness: 'Thời hạn',
    serverFindings: (n: number) => (n ? `Máy chủ ghi nhận ${n} cảnh báo/gợi ý:` : 'Máy chủ không ghi nhận cảnh báo nào.'),
    pickFileLabel: 'Tệp .docx đã lưu',
    pickFileButton: 'Chọn tệp .docx…',
    noFileChosen: 'Chưa chọn tệp nào',
    chosenFile: (name: string) => `Đã chọn: ${name}`,
    reviewTitle: 'Ý kiến của Bộ KH&CN',
    goToSection: (heading: string) => `Đến mục ${heading}`,
    goTo: 'Đi tới',
    goToFinding: (section: string) => (section ? `Đi tới chỗ cần sửa ở mục ${section}` : 'Đi tới chỗ cần sửa'),
    /** A comment's heading: the section id first, so "3. Hạ tầng số" of Part I and of Part II are told apart. */
    commentHeading: (id: string, heading: string) => (heading === id ? id : `${id} · ${heading}`),
    noComments: 'Không có ý kiến theo từng mục.',
    deadlineRegion: 'Hạn nộp',
  },
} as const;
