/**
 * The findings list of Kiểm tra, rendered on the server (no DOM in the repo) from a
 * real validation of a plan with findings in several sections (in-memory Word host).
 * Folding itself is a click: the e2e screenshots exercise it; here the structure that
 * makes it work (one accordion item per section, header buttons with counts, open by default).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { detectCapabilities, validateDocument, type Validation } from '@cds/word-adapter';
import { createWordHost } from '@cds/word-host';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckPanel } from './CheckPanel.js';

let result: Validation;
let uninstall: () => void;
beforeAll(async () => {
  const host = createWordHost({
    preset: 'web',
    document: buildCleanPlanModel({
      form: 'structured',
      mutations: [
        { kind: 'dropItem', section: 'P1.II.4', part: 'shortcomings' },
        { kind: 'emptyItem', section: 'P1.II.4', part: 'results' },
        { kind: 'unquantifiedTarget', row: 1 },
        { kind: 'unquantifiedTarget', row: 2 },
        { kind: 'placeholder', section: 'P2.V' },
      ],
    }),
  });
  uninstall = host.install();
  result = await validateDocument();
});
afterAll(() => uninstall());

const render = (r: Validation, caps = detectCapabilities()) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel
        v={{ result: r, checking: false, error: null, run: async () => undefined, analyzer: null as never }}
        caps={caps}
        live
        setLive={() => undefined}
        marks={false}
        setMarks={() => undefined}
      />
    </FluentProvider>,
  );

describe('the findings list', () => {
  it('has one foldable group per section, open, with a header button naming the section and its counts in words', () => {
    const out = render(result);
    const bySection = new Map<string, number>();
    for (const f of result.findings) bySection.set(f.section ?? '', (bySection.get(f.section ?? '') ?? 0) + 1);
    expect(bySection.size).toBeGreaterThan(1);
    const groups = [...out.matchAll(/data-testid="finding-group" data-section="([^"]*)"/g)].map((m) => m[1]);
    expect(groups.sort()).toEqual([...bySection.keys()].sort());
    // Each header is a button, expanded, with the group's counts (badges seen, words read).
    const headers = [...out.matchAll(/<button[^>]*aria-expanded="(true|false)"[^>]*>([\s\S]*?)<\/button>/g)];
    expect(headers.length).toBe(bySection.size);
    for (const [, expanded, inner] of headers) {
      expect(expanded).toBe('true');
      expect(inner).toMatch(/\d+ (lỗi|cảnh báo|thông tin)/);
    }
    const totals = [...out.matchAll(/data-testid="group-counts" data-total="(\d+)"/g)].map((m) => Number(m[1]));
    expect(totals.sort()).toEqual([...bySection.values()].sort());
    expect([...out.matchAll(/data-testid="finding"/g)].length).toBe(result.findings.length);
    expect(out).toContain('Thu gọn tất cả');
  });

  it('counts an ignored finding apart from the severities', () => {
    const f = result.findings.find((x) => x.severity === 'error' && x.section === 'P1.II.4')!;
    const errorsIn = result.findings.filter((x) => x.section === 'P1.II.4' && x.severity === 'error').length;
    const out = render({ ...result, findings: result.findings.map((x) => (x === f ? { ...x, ignored: { reason: 'Có lý do' } } : x)) });
    const header = new RegExp(`data-section="P1\\.II\\.4"[\\s\\S]*?<button[^>]*>([\\s\\S]*?)</button>`).exec(out)![1]!;
    expect(header).toContain(errorsIn - 1 > 0 ? `${errorsIn - 1} lỗi` : '1 đã bỏ qua');
    expect(header).toContain('1 đã bỏ qua');
  });
});

describe('the page rules note', () => {
  const note = (out: string) => /data-testid="page-rules"[^>]*>([^<]*)</.exec(out)![1]!;
  it('gives "Word 2019 không cho đọc" only on Word 2019, not on the web preset', () => {
    const web = detectCapabilities();
    expect(web.platform).toBe('OfficeOnline');
    expect(note(render(result, web))).toBe('Khổ giấy, lề và số trang được kiểm tra khi gửi kế hoạch.');
    expect(note(render(result, { ...web, platform: 'PC', wordApiMinor: 3 }))).toContain('Word 2019 không cho đọc');
    expect(note(render(result, { ...web, platform: 'PC', wordApiMinor: 9 }))).not.toContain('Word 2019');
  });
});
