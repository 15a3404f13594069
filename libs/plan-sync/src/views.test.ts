import { describe, expect, it } from 'vitest';
import { deadlineView } from './deadline.js';
import { syncMessages } from './messages.vi.js';
import { receiptView } from './receipt.js';
import { reviewView } from './review.js';
import { submitPermission } from './roles.js';
import { identityProblem } from './identity-check.js';

const deadline = '2026-03-15T08:00:00Z'; // 15:00 15/03/2026 in Hanoi

describe('the deadline', () => {
  it('counts down in Hanoi time before it', () => {
    expect(deadlineView({ deadline, latePolicy: 'refuse' }, new Date('2026-03-13T05:00:00Z'))).toEqual({
      deadlineText: 'Hạn nộp: 15:00 15/03/2026 (giờ Hà Nội)',
      passed: false,
      countdown: 'còn 2 ngày 3 giờ',
      acceptsLate: false,
      lateNote: null,
    });
  });
  it('after it, says whether late plans are still accepted', () => {
    const after = new Date('2026-03-15T08:30:00Z');
    expect(deadlineView({ deadline, latePolicy: 'accept-flagged' }, after)).toMatchObject({
      passed: true,
      countdown: 'đã quá hạn 30 phút',
      acceptsLate: true,
      lateNote: expect.stringContaining('vẫn nhận'),
    });
    expect(deadlineView({ deadline, latePolicy: 'refuse' }, after)).toMatchObject({
      passed: true,
      acceptsLate: false,
      lateNote: expect.stringContaining('không nhận'),
    });
  });
});

describe('the receipt', () => {
  const receipt = {
    submissionId: 1,
    number: 'BKHCN-2026-000007',
    submittedAt: '2026-03-15T08:30:00Z',
    sha256: 'AB12',
    size: 10,
    late: true,
    replayed: false,
    message: 'Đã nhận.',
    findings: [],
  };
  it('marks a late submission and checks the SHA-256 against the bytes sent', () => {
    expect(receiptView(receipt, 'ab12')).toMatchObject({ submittedAtText: '15:30 15/03/2026', timeliness: 'Nộp muộn', shaMatches: true, message: 'Đã nhận.' });
    expect(receiptView(receipt, 'ffff')).toMatchObject({ shaMatches: false, message: expect.stringContaining('KHÁC với tệp đã gửi') });
  });
});

describe('who may do what', () => {
  const agency = { id: 1, code: '01', name: 'Thành phố Hà Nội', kind: 'province' as const };
  const user = (role: 'drafter' | 'submitter' | 'mst_reviewer', a: typeof agency | null = agency) => ({ id: 1, email: 'a@b.vn', name: 'A', role, agency: a });
  it('lets a submitter submit a draft or a returned plan, not a drafter, not twice', () => {
    expect(submitPermission(user('submitter'), 'draft')).toEqual({ allowed: true });
    expect(submitPermission(user('submitter'), 'returned')).toEqual({ allowed: true });
    expect(submitPermission(user('drafter'), 'draft')).toMatchObject({ allowed: false, reason: expect.stringContaining('người gửi') });
    expect(submitPermission(user('submitter'), 'submitted')).toMatchObject({ allowed: false, reason: expect.stringContaining('chờ Bộ KH&CN') });
    expect(submitPermission(user('mst_reviewer', null), null)).toMatchObject({ allowed: false });
  });
  it('refuses a document stamped with another agency, and an account of no agency', () => {
    const stamp = { planId: 1, roundId: 1, agencyId: 2, agencyCode: 'BO-YT', agencyName: 'Bộ Y tế', lastSyncedRevision: 3 };
    expect(identityProblem(stamp, user('drafter'))).toContain('Bộ Y tế');
    expect(identityProblem({ ...stamp, agencyId: 1, agencyCode: '01' }, user('drafter'))).toBeNull();
    expect(identityProblem(null, user('drafter'))).toBeNull();
    expect(identityProblem(null, user('mst_reviewer', null))).toContain('không thuộc cơ quan');
  });
});

describe('MST’s review', () => {
  const round = { id: 1, name: 'Đợt', templateVersion: 'mst-2026', year: 2026, opensAt: '2026-01-01T00:00:00Z', deadline, latePolicy: 'refuse' as const };
  it('says when, as a Vietnamese sentence does: "lúc 10:00 ngày 01/03/2026" (Hanoi time)', () => {
    const review = reviewView({
      round,
      plan: null,
      lastReview: { id: 1, decision: 'return', summary: '', comments: [], createdAt: '2026-03-01T03:00:00Z' },
    })!;
    expect(review.atText).toBe('lúc 10:00 ngày 01/03/2026');
    expect(`${review.title} ${review.atText}`).toBe('Bộ KH&CN đã trả lại kế hoạch để chỉnh sửa lúc 10:00 ngày 01/03/2026');
  });
});

describe('Word would not give the file', () => {
  const office = 'A network problem has prevented retrieval of the file.';
  it('quotes Office in brackets without a doubled period', () => {
    expect(syncMessages.getFileFailed(office, 'PC')).toContain('(A network problem has prevented retrieval of the file). ');
    expect(syncMessages.getFileFailed(office, 'PC')).not.toContain('.).');
  });
  it('tells a user of Word on the web to download a copy, and a desktop user to save', () => {
    const web = syncMessages.getFileFailed(office, 'OfficeOnline');
    expect(web).toContain('Hãy tải một bản sao về máy (Tệp > Tạo bản sao > Tải xuống)');
    expect(web).not.toContain('Ctrl+S');
    expect(syncMessages.getFileFailed(office, 'PC')).toContain('Hãy lưu tài liệu (Ctrl+S)');
    expect(syncMessages.getFileFailed(office, 'PC')).not.toContain('Tạo bản sao');
    // A host that does not say which it is: both ways.
    expect(syncMessages.getFileFailed(office)).toMatch(/Ctrl\+S.*Tệp > Tạo bản sao > Tải xuống/);
  });
});
