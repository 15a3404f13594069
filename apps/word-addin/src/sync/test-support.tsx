/** Shared by the sync components' tests: server-side rendering in the pane's theme, and a sync status to vary. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SyncStatus } from '@cds/plan-sync';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';

export const html = (node: ReactNode) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** A synced status (revision 3, 10:00 01/03/2026 in Hanoi), with `over` applied. */
export const status = (over: Partial<SyncStatus>): SyncStatus => ({
  state: 'synced',
  pending: 0,
  revision: 3,
  lastSyncedAt: '2026-03-01T03:00:00Z',
  label: 'Đã đồng bộ lúc 10:00 01/03/2026',
  notice: null,
  ...over,
});

export const noop = () => undefined;
