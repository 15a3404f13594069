/** The compact sync bar's parts, rendered on the server: one status line with the pane's buttons beside it. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SyncStatus } from '@cds/plan-sync';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SubmitButton } from './SubmitButton.js';
import { SyncStatusBar } from './SyncStatusBar.js';

const html = (node: ReactNode) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const status = (over: Partial<SyncStatus>): SyncStatus => ({
  state: 'synced',
  pending: 0,
  revision: 3,
  lastSyncedAt: '2026-03-01T03:00:00Z',
  label: 'Đã đồng bộ lúc 10:00 01/03/2026',
  notice: null,
  ...over,
});
const noop = () => undefined;

describe('the compact submit button', () => {
  it('shows "Gửi" with the full label as its name, and a drafter’s reason as its description elsewhere and its tooltip', () => {
    const out = html(
      <SubmitButton compact permission={{ allowed: false, reason: 'Chuyên viên soạn thảo chỉ đồng bộ' }} busy={false} onClick={noop} reasonId="why" />,
    );
    expect(out).toMatch(/aria-label="Gửi kế hoạch cho Bộ KH&amp;CN"/);
    expect(out).toMatch(/aria-describedby="why"/);
    expect(out).toMatch(/aria-disabled="true"/);
    expect(out).toMatch(/title="Chuyên viên soạn thảo chỉ đồng bộ"/);
    expect(out).toMatch(/>Gửi<\/button>|>Gửi</);
    const allowed = html(<SubmitButton compact permission={{ allowed: true }} busy={false} onClick={noop} reasonId="why" />);
    expect(allowed).not.toMatch(/aria-disabled="true"|aria-describedby/);
  });
});

describe('the status line with the pane’s buttons', () => {
  it('puts the buttons on the status line in everyday states, and under the error bar when sync stopped', () => {
    const line = html(
      <SyncStatusBar status={status({})} onDismissNotice={noop}>
        <button data-testid="beside">x</button>
      </SyncStatusBar>,
    );
    // The status and the buttons share one flex row.
    expect(line).toMatch(/role="status"[^>]*data-testid="sync-status"[\s\S]*Đã đồng bộ lúc[\s\S]*data-testid="beside"/);
    const stopped = html(
      <SyncStatusBar status={status({ state: 'refused', label: 'Tài liệu này là kế hoạch của Bộ Y tế' })} onDismissNotice={noop}>
        <button data-testid="beside">x</button>
      </SyncStatusBar>,
    );
    expect(stopped).toMatch(/data-state="refused"[\s\S]*Bộ Y tế[\s\S]*data-testid="beside"/);
    expect(stopped).not.toContain('role="status"');
  });
});
