import { createDOMRenderer, FluentProvider, RendererProvider, renderToStyleElements, webLightTheme } from '@fluentui/react-components';
import { createServerClock, receiptView, reviewView, type Clock, type SubmitState, type SyncStatus } from '@cds/plan-sync';
import type { Finding } from '@cds/rules';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { html, noop, status } from './test-support.js';
import { Countdown } from './Countdown.js';
import { FilePicker } from './FilePicker.js';
import { ReceiptCard } from './ReceiptCard.js';
import { ReviewComments } from './ReviewComments.js';
import { SubmitButton } from './SubmitButton.js';
import { SubmitActions, SubmitStep } from './SubmitDialog.js';
import { SyncStatusBar } from './SyncStatusBar.js';

// Server rendering: the components' output for each state, without a DOM (no jsdom in the repo).
const text = (node: ReactNode) =>
  html(node)
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/**
 * The CSS declarations that apply to the element carrying `data-testid={testId}`: the
 * markup and Griffel's atomic rules rendered together, each of the element's classes
 * looked up in the rules (`.f1abc{white-space:nowrap;}`).
 */
function stylesOf(node: ReactNode, testId: string): string {
  const renderer = createDOMRenderer();
  const markup = renderToString(
    <RendererProvider renderer={renderer}>
      <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
    </RendererProvider>,
  );
  const css = renderToString(<>{renderToStyleElements(renderer)}</>);
  const tag = new RegExp(`<[a-z]+\\b[^>]*data-testid="${testId}"[^>]*>`).exec(markup)?.[0];
  if (!tag) throw new Error(`no element with data-testid="${testId}"`);
  const classes = (/class="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/).filter(Boolean);
  return classes.map((c) => [...css.matchAll(new RegExp(`\\.${c}\\{([^}]*)\\}`, 'g'))].map((m) => m[1]).join('')).join('');
}
const warning: Finding = {
  severity: 'warning',
  rule: 'format-font',
  section: 'P2.V',
  blockId: 'b1',
  message: 'Cỡ chữ 12 pt, cần 13–14 pt',
  messageId: 'x',
  data: {},
};

describe('SyncStatusBar', () => {
  it('shows each everyday state as its Vietnamese line', () => {
    expect(text(<SyncStatusBar status={status({})} onDismissNotice={noop} />)).toContain('Đã đồng bộ lúc 10:00 01/03/2026');
    expect(
      html(
        <SyncStatusBar status={status({ state: 'offline', pending: 2, label: 'Mất kết nối — 2 thay đổi đang chờ' })} onDismissNotice={noop} onRetry={noop} />,
      ),
    ).toMatch(/data-state="offline"[\s\S]*Mất kết nối — 2 thay đổi đang chờ[\s\S]*Thử lại ngay/);
  });
  it('shows a refusal as an error bar and a rebase notice with its dismiss button', () => {
    expect(html(<SyncStatusBar status={status({ state: 'refused', label: 'Tài liệu này là kế hoạch của Bộ Y tế' })} onDismissNotice={noop} />)).toMatch(
      /data-state="refused"[\s\S]*Bộ Y tế/,
    );
    expect(text(<SyncStatusBar status={status({ notice: 'Kế hoạch vừa được cập nhật từ một bản khác' })} onDismissNotice={noop} />)).toMatch(
      /cập nhật từ một bản khác.*Đã hiểu/,
    );
  });
});

describe('SubmitButton', () => {
  it('stays visible but disabled for a drafter, with the reason tied to it', () => {
    const out = html(<SubmitButton permission={{ allowed: false, reason: 'Chuyên viên soạn thảo chỉ đồng bộ' }} busy={false} onClick={noop} />);
    expect(out).toMatch(/aria-disabled="true"/);
    const described = /aria-describedby="([^"]+)"/.exec(out)![1]!;
    expect(out).toContain(`id="${described}"`);
    expect(out).toContain('Chuyên viên soạn thảo chỉ đồng bộ');
    expect(html(<SubmitButton permission={{ allowed: true }} busy={false} onClick={noop} />)).not.toMatch(/aria-disabled="true"/);
  });
});

describe("the submit dialog's steps", () => {
  const render = (state: SubmitState) =>
    text(
      <>
        <SubmitStep state={state} onFile={noop} goTo={noop} />
        <SubmitActions state={state} onConfirm={noop} onCancel={noop} onRetry={noop} />
      </>,
    );
  it('shows nothing but a spinner while busy (no button to cancel an upload half-way)', () => {
    expect(render({ step: 'uploading' })).toContain('Đang gửi kế hoạch');
    expect(render({ step: 'uploading' })).not.toContain('Hủy');
  });
  it('lists the warnings and the ignores MST will see before sending', () => {
    const ignored: Finding = { ...warning, section: 'P2.I', message: 'Thiếu trích dẫn', ignored: { reason: 'Đã có văn bản riêng' } };
    const out = render({
      step: 'confirm',
      warnings: [warning],
      ignored: [ignored],
      deadline: { deadlineText: 'Hạn nộp: 15:00 15/03/2026 (giờ Hà Nội)', passed: false, countdown: 'còn 2 ngày 3 giờ', acceptsLate: true, lateNote: null },
    });
    expect(out).toMatch(/còn 2 ngày 3 giờ.*1 cảnh báo.*P2.V.*Cỡ chữ 12 pt.*1 kiểm tra được bỏ qua.*Lý do bỏ qua: Đã có văn bản riêng.*Gửi.*Hủy/);
  });
  it('gives each blocking error with a place the check panel’s "Đi tới" button, and none to a whole-document one', () => {
    const errors: Finding[] = [
      { ...warning, severity: 'error', section: 'P1.II.4', message: 'Thiếu nội dung tồn tại, hạn chế' },
      { ...warning, severity: 'error', section: null, blockId: null, message: 'Thiếu tên cơ quan' },
    ];
    const out = html(<SubmitStep state={{ step: 'blocked', message: 'Còn 2 lỗi phải sửa trước khi gửi.', findings: errors }} onFile={noop} goTo={noop} />);
    const items = out.split('<li ').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/P1\.II\.4[\s\S]*<button[^>]*aria-label="Đi tới chỗ cần sửa ở mục P1.II.4"[^>]*>Đi tới<\/button>/);
    expect(items[1]).not.toContain('<button');
  });
  it('shows the blocking errors, the file picker with its refusal, and the receipt', () => {
    expect(render({ step: 'blocked', message: 'Còn 1 lỗi phải sửa trước khi gửi.', findings: [{ ...warning, severity: 'error' }] })).toMatch(/Còn 1 lỗi.*P2.V/);
    const picker = render({ step: 'need-file', message: 'Word không cho tiện ích lấy tệp đang mở', refusal: 'Tệp đã chọn là kế hoạch khác' });
    expect(picker).toMatch(/Word không cho tiện ích lấy tệp.*Tệp .docx đã lưu.*Chọn tệp \.docx….*Chưa chọn tệp nào.*Tệp đã chọn là kế hoạch khác/);
    const receipt = receiptView(
      {
        submissionId: 1,
        number: 'BKHCN-2026-000001',
        submittedAt: '2026-03-01T03:00:00Z',
        sha256: 'abc123',
        size: 20480,
        late: false,
        replayed: false,
        message: 'Bộ KH&CN đã nhận kế hoạch.',
        findings: [warning],
      },
      'abc123',
    );
    expect(render({ step: 'receipt', receipt })).toMatch(
      /BKHCN-2026-000001.*10:00 01\/03\/2026.*Đúng hạn.*20 KB.*abc123.*khớp với tệp đã gửi.*1 cảnh báo\/gợi ý.*Cỡ chữ 12 pt.*Đóng/,
    );
  });
});

describe('Countdown', () => {
  const round = { deadline: '2026-03-15T08:00:00Z', latePolicy: 'refuse' as const };
  it('counts from the server’s time, not from a machine clock that is months ahead', async () => {
    const machine: Clock = { now: () => new Date('2026-12-04T01:44:00Z'), setTimeout: () => 0, clearTimeout: noop };
    const clock = createServerClock(machine);
    expect(text(<Countdown round={round} clock={clock} />)).toMatch(/đã quá hạn 263 ngày/); // not measured yet: the machine's clock
    await clock.sample(async () => '2026-03-13T05:00:00Z');
    const out = text(<Countdown round={round} clock={clock} />);
    expect(out).toContain('còn 2 ngày 3 giờ');
    expect(out).not.toContain('quá hạn');
  });
  it('counts down before the deadline and says the late policy after it', () => {
    expect(text(<Countdown round={round} now={new Date('2026-03-13T05:00:00Z')} />)).toMatch(/Hạn nộp: 15:00 15\/03\/2026 \(giờ Hà Nội\).*còn 2 ngày 3 giờ/);
    expect(text(<Countdown round={round} now={new Date('2026-03-16T08:00:00Z')} />)).toMatch(/đã quá hạn 1 ngày 0 giờ.*không nhận kế hoạch nộp muộn/);
  });
});

describe('ReviewComments', () => {
  const review = reviewView({
    round: {
      id: 1,
      name: 'Đợt',
      templateVersion: 'mst-2026',
      year: 2026,
      opensAt: '2026-01-01T00:00:00Z',
      deadline: '2026-03-15T08:00:00Z',
      latePolicy: 'refuse',
    },
    plan: { id: 1, roundId: 1, agencyId: 1, status: 'returned', currentRevision: 4, completeness: 90, lastSyncedAt: null, submittedAt: null, late: false },
    lastReview: {
      id: 1,
      decision: 'return',
      summary: 'Cần bổ sung.',
      comments: [
        { section: 'P2.V', comment: 'Nêu rõ đơn vị chủ trì.' },
        { section: 'P1.II.3', comment: 'Bổ sung số liệu năm 2025.' },
        { section: 'P2.III.3', comment: 'Nêu rõ hạ tầng dùng chung.' },
      ],
      createdAt: '2026-03-02T02:00:00Z',
    },
  })!;
  it('shows the summary and each comment under its section heading, with a go-to button', () => {
    const out = html(<ReviewComments review={review} selectSection={noop} />);
    expect(out).toMatch(
      /trả lại kế hoạch để chỉnh sửa[\s\S]*lúc 09:00 ngày 02\/03\/2026[\s\S]*Cần bổ sung\.[\s\S]*data-section="P2.V"[\s\S]*aria-label="Đến mục P2.V · V. TỔ CHỨC THỰC HIỆN"[\s\S]*Nêu rõ đơn vị chủ trì\./,
    );
    expect(text(<ReviewComments review={review} selectSection={noop} />)).not.toMatch(/Ngày \d/);
  });
  it('tells apart two sections of the same title in Part I and Part II by their ids', () => {
    const out = text(<ReviewComments review={review} selectSection={noop} />);
    expect(out).toContain('P1.II.3 · 3. Hạ tầng số');
    expect(out).toContain('P2.III.3 · 3. Hạ tầng số');
  });
  it('draws each heading as a Fluent link that is a real button (Tab reaches it, Enter follows it)', () => {
    const out = html(<ReviewComments review={review} selectSection={noop} />);
    const items = out.split('<li ').slice(1);
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toMatch(/^[^>]*>\s*<button[^>]*class="fui-Link /);
    expect(out).not.toMatch(/tabindex="-1"/);
  });
});

describe('ReceiptCard at the pane’s 320 px', () => {
  const sha = '897cd922681200283112c6dd24a4c79f412b2c887c1dae4151a9046db5fdbc0c';
  const receipt = receiptView(
    {
      submissionId: 1,
      number: 'BKHCN-2026-000001',
      submittedAt: '2026-03-01T03:00:00Z',
      sha256: sha,
      size: 12_390,
      late: false,
      replayed: false,
      message: 'Đã tiếp nhận kế hoạch. Số biên nhận: BKHCN-2026-000001.',
      findings: [],
    },
    sha,
  );
  it('names the receipt number once, in a run that never breaks at its hyphens', () => {
    const out = text(<ReceiptCard receipt={receipt} />);
    expect(out.split('BKHCN-2026-000001')).toHaveLength(2);
    expect(stylesOf(<ReceiptCard receipt={receipt} />, 'receipt-number')).toContain('white-space:nowrap');
  });
  it('stacks each label over its value (no label column eating the width)', () => {
    const out = html(<ReceiptCard receipt={receipt} />);
    expect(out).not.toMatch(/grid-template-columns/);
    // Every value sits in its own row under its label: dt then dd in one block per field.
    expect(out.match(/<div[^>]*><dt[^>]*>[^<]+<\/dt><dd/g)).toHaveLength(5);
    expect(stylesOf(<ReceiptCard receipt={receipt} />, 'receipt-fields')).toMatch(/flex-direction:column/);
    expect(stylesOf(<ReceiptCard receipt={receipt} />, 'receipt-fields')).not.toMatch(/display:grid/);
  });
  it('shows the SHA-256 whole, in a monospace block that wraps by character', () => {
    expect(text(<ReceiptCard receipt={receipt} />)).toContain(sha);
    const css = stylesOf(<ReceiptCard receipt={receipt} />, 'receipt-sha');
    expect(css).toContain('display:block');
    expect(css).toContain('word-break:break-all');
    expect(css).toContain('font-family:var(--fontFamilyMonospace)');
  });
});

describe('FilePicker', () => {
  const picker = <FilePicker message="Word không cho tiện ích lấy tệp đang mở" refusal={null} onFile={noop} />;
  it('is a Fluent button in Vietnamese over a hidden file input (no browser "Choose File / No file chosen")', () => {
    const out = html(picker);
    const button = /<button[^>]*data-testid="pick-file"[^>]*>[\s\S]*?<\/button>/.exec(out)?.[0] ?? '';
    expect(button).toMatch(/class="fui-Button /);
    expect(button).toMatch(/Chọn tệp \.docx…<\/button>$/);
    expect(out).toMatch(/<input[^>]*type="file"/);
    expect(stylesOf(picker, 'pick-file-input')).toContain('display:none');
    expect(text(picker)).toContain('Chưa chọn tệp nào');
  });
});

describe('the status line’s dot and retry button', () => {
  const dot = (over: Partial<SyncStatus>) => stylesOf(<SyncStatusBar status={status(over)} onDismissNotice={noop} />, 'sync-dot');
  it('draws "chưa đồng bộ lần nào" with a grey dot, not the synced green', () => {
    const never = dot({ lastSyncedAt: null, revision: 0, label: 'Chưa đồng bộ lần nào' });
    expect(dot({})).toMatch(/Green/);
    expect(never).not.toMatch(/Green/);
    expect(never).toMatch(/colorNeutral/);
    // A revision on the server without a known time is synced: green.
    expect(dot({ lastSyncedAt: null, revision: 4 })).toBe(dot({}));
  });
  it('keeps "Thử lại ngay" on one line when offline', () => {
    const css = stylesOf(
      <SyncStatusBar status={status({ state: 'offline', pending: 2, label: 'Mất kết nối (2 thay đổi)' })} onDismissNotice={noop} onRetry={noop} />,
      'sync-retry',
    );
    expect(css).toContain('white-space:nowrap');
    expect(css).toMatch(/flex-shrink:0/);
  });
});
