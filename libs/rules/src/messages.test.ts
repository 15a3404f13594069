import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze } from './analyze.js';
import { messagesVi, msg, type MessageKey } from './messages.vi.js';

/** A plan with one of most kinds of defect, so most messages are rendered once. */
const broken = analyze(
  buildCleanPlanModel({
    agencyKind: 'province',
    mutations: [
      { kind: 'dropSection', section: 'P2.V' },
      { kind: 'duplicateSection', section: 'P2.III.4' },
      { kind: 'dropItem', section: 'P1.II.5', part: 'shortcomings' },
      { kind: 'emptyItem', section: 'P1.II.6', part: 'results' },
      { kind: 'placeholder', section: 'P1.II.7', part: 'results' },
      { kind: 'guidanceVerbatim', section: 'P2.IV.1' },
      { kind: 'badDeadline', row: 0 },
      { kind: 'unquantifiedTarget', row: 1 },
      { kind: 'wrongCitationDate', document: 'NQ71', date: '01/5/2025' },
      { kind: 'setCell', table: 'tasks', row: 0, column: 'amount', text: 'khoảng vài tỷ' },
      { kind: 'setCell', table: 'tasks', row: 1, column: 'deadline', text: 'Quý V/2026' },
      { kind: 'moveSection', section: 'P2.III.9', under: 'P2.IV' },
    ],
  }),
);

describe('messages', () => {
  it('render from their id and data, for every finding', () => {
    expect(broken.findings.length).toBeGreaterThan(10);
    for (const f of broken.findings) {
      expect(Object.keys(messagesVi)).toContain(f.messageId);
      expect(f.message).toBe(msg(f.messageId as MessageKey, f.data));
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('name sections as the drafter sees them, never by internal id, and never nest parentheses', () => {
    for (const f of broken.findings) {
      expect(f.message, f.message).not.toMatch(/\bP[12](\.[IVX\d]+)*\b/);
      let depth = 0;
      for (const ch of f.message) {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        expect(depth, f.message).toBeLessThan(2);
      }
    }
    const missing = broken.findings.find((f) => f.rule === 'item-missing')!;
    expect(missing.message).toMatch(/^Mục "5\. Dữ liệu số" thuộc Phần I thiếu "b\) Tồn tại, hạn chế": không thấy dòng nào bắt đầu bằng "b\)"/);
  });

  it('has no nested parentheses in any template', () => {
    for (const [key, text] of Object.entries(messagesVi)) expect(text, key).not.toMatch(/\([^)]*\(/);
  });
});
