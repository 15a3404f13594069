import type { BoardStatus, LatePolicy, ReviewDecision, UserRole, ValueSource } from '@cds/api';
import type { Severity } from '@cds/rules/schemas';
import type { AgencyKind, ItemPart } from '@cds/template/enums';

/**
 * The product's labels, one table per enum, so the CLI, the server's exports, the
 * add-in and the dashboard say the same thing. An English file with the same shape
 * can be added beside this one.
 */
export const labelsVi = {
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } satisfies Record<Severity, string>,
  agencyKind: { province: 'Tỉnh, thành phố', central: 'Bộ, cơ quan trung ương' } satisfies Record<AgencyKind, string>,
  boardStatus: {
    not_started: 'Chưa bắt đầu',
    draft: 'Đang soạn',
    submitted: 'Đã gửi',
    returned: 'Trả lại',
    accepted: 'Đã chấp nhận',
  } satisfies Record<BoardStatus, string>,
  role: {
    drafter: 'Chuyên viên soạn thảo',
    submitter: 'Người gửi kế hoạch',
    mst_reviewer: 'Chuyên viên Bộ KH&CN',
    admin: 'Quản trị viên',
  } satisfies Record<UserRole, string>,
  reviewDecision: { accept: 'Chấp nhận', return: 'Trả lại để bổ sung' } satisfies Record<ReviewDecision, string>,
  latePolicy: { 'accept-flagged': 'Nhận và đánh dấu nộp muộn', refuse: 'Không nhận bản nộp muộn' } satisfies Record<LatePolicy, string>,
  valueSource: { submission: 'Bản đã gửi', draft: 'Bản nháp đồng bộ' } satisfies Record<ValueSource, string>,
  itemPart: { results: 'a) Kết quả đạt được', shortcomings: 'b) Tồn tại, hạn chế' } satisfies Record<ItemPart, string>,
  timeliness: { onTime: 'Đúng hạn', late: 'Nộp muộn' },
} as const;

export type Labels = typeof labelsVi;
