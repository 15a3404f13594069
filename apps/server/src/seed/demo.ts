import type { UserRole } from '../db/schema/index.js';

/** The demo round: MST's 2026 plan, deadline 15:00 15/3/2026 Asia/Ho_Chi_Minh (UTC+7). */
export const DEMO_ROUND = {
  name: 'Kế hoạch CĐS 2026',
  templateVersion: 'mst-2026',
  year: 2026,
  opensAt: new Date('2026-02-20T01:00:00Z'),
  deadline: new Date('2026-03-15T08:00:00Z'),
  latePolicy: 'accept-flagged' as const,
};

/** Printed at start outside production; change it on any shared machine. */
export const DEMO_PASSWORD = 'demo-cds-2026';

export interface DemoAccount {
  email: string;
  name: string;
  role: UserRole;
  /** Agency code (from @cds/template's list), or null for MST staff. */
  agencyCode: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@bkhcn.demo', name: 'Quản trị viên Bộ KH&CN', role: 'admin', agencyCode: null },
  { email: 'reviewer@bkhcn.demo', name: 'Chuyên viên thẩm định Bộ KH&CN', role: 'mst_reviewer', agencyCode: null },
  { email: 'drafter@hanoi.demo', name: 'Chuyên viên Sở KH&CN Hà Nội', role: 'drafter', agencyCode: '01' },
  { email: 'submitter@hanoi.demo', name: 'Lãnh đạo UBND Thành phố Hà Nội', role: 'submitter', agencyCode: '01' },
  { email: 'drafter@boyte.demo', name: 'Chuyên viên Bộ Y tế', role: 'drafter', agencyCode: 'BO-YT' },
  { email: 'submitter@boyte.demo', name: 'Lãnh đạo Bộ Y tế', role: 'submitter', agencyCode: 'BO-YT' },
];
