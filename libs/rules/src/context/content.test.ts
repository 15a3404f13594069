import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel, growthRatio, LINEAR_RATIO, para } from '@cds/plan/testing';
import { analyze } from '../analyze.js';
import { findPlaceholder, isBlankish, placeholderSpans } from './content.js';

describe('placeholders', () => {
  it.each([
    ['Đã ban hành [...] văn bản.', '[...]'],
    ['Căn cứ [các Nghị quyết; …] của Chính phủ', '[các Nghị quyết; …]'],
    ['Ô trống [ ] chưa điền', '[ ]'],
    ['Kế hoạch số …/KH-UBND ngày …/…/2025', '…/…'],
    ['Số .../... ngày', '.../...'],
    ['Số ... / ... ngày', '... / ...'],
  ])('finds the placeholder in %j', (text, expected) => {
    expect(findPlaceholder(text)).toBe(expected);
  });

  it.each(['Tỷ lệ [1] theo Phụ lục', 'Thực hiện... và hoàn thành', 'Ngày 31/12/2026', '[a] ... ]'])('finds none in %j', (text) => {
    expect(findPlaceholder(text)).toBeNull();
  });

  it('blanks placeholders out when asking whether a text has content', () => {
    expect(isBlankish('[...] …/… [ ]')).toBe(true);
    expect(isBlankish('[...] 95%')).toBe(false);
  });

  it('scans in linear time: 20 KB of "[..." without "]" (was cubic)', () => {
    const hostile = (n: number) => '[...'.repeat(n / 4);
    expect(
      growthRatio((n) => {
        const s = hostile(n);
        return () => placeholderSpans(s);
      }, 20_000),
    ).toBeLessThan(LINEAR_RATIO);
    expect(
      growthRatio((n) => {
        const s = '…'.repeat(n) + ' '.repeat(n);
        return () => placeholderSpans(s);
      }, 20_000),
    ).toBeLessThan(LINEAR_RATIO);
  });

  it('keeps analyze() linear on a plan holding such a paragraph', () => {
    const plan = (n: number) => {
      const doc = buildCleanPlanModel();
      doc.body.splice(20, 0, para('hostile', '[...'.repeat(n / 4)));
      return () => analyze(doc);
    };
    // The plan itself costs the same at both sizes, so the ratio stays below 4 when the paragraph is cheap.
    expect(growthRatio(plan, 20_000, 3)).toBeLessThan(LINEAR_RATIO);
  });
});
