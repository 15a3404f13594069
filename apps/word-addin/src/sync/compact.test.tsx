/** The compact sync bar's parts, rendered on the server: one status line with the pane's buttons beside it. */
import { describe, expect, it } from 'vitest';
import { html, noop, status } from './test-support.js';
import { SubmitButton } from './SubmitButton.js';
import { SyncStatusBar } from './SyncStatusBar.js';

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
