import { syncMessages as m } from './messages.vi.js';

/**
 * The sync state the pane shows. The four everyday states are `synced` (đã đồng bộ,
 * with the time), `syncing` (đang đồng bộ), `pending` (chưa đồng bộ, n thay đổi) and
 * `offline` (mất kết nối); `refused` (a copy of another agency's plan), `locked`
 * (submitted, drafts wait) and `error` stop the sync until something changes.
 */
export const SYNC_STATES = ['starting', 'synced', 'syncing', 'pending', 'offline', 'refused', 'locked', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncStatus {
  state: SyncState;
  /** Changes not yet on the server: queued revisions, plus one for edits not yet read. */
  pending: number;
  /** The server revision this document is at. */
  revision: number;
  lastSyncedAt: string | null;
  /** The line the pane shows for this state, in Vietnamese. */
  label: string;
  /** Something the user should know once (a rebase after a 409), until dismissed. */
  notice: string | null;
}

export function labelOf(s: Omit<SyncStatus, 'label'>, message: string | null): string {
  switch (s.state) {
    case 'synced':
      // No time known here, but a revision means the plan is on the server (the file's identity says so): never "never synced".
      return s.lastSyncedAt ? m.synced(s.lastSyncedAt) : s.revision > 0 ? m.syncedRevision(s.revision) : m.neverSynced;
    case 'syncing':
      return m.syncing;
    case 'pending':
      return m.pending(s.pending);
    case 'offline':
      return m.offline(s.pending);
    case 'starting':
      return m.syncing;
    default:
      return message ?? '';
  }
}
