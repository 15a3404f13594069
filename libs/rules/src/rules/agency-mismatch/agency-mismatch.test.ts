import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze } from '../../analyze.js';
import { agencyMismatch } from './agency-mismatch.js';

const hanoi = buildCleanPlanModel({ agencyKind: 'province', agency: '01' });
const findings = (agencyCode: string | null, doc = hanoi) => analyze(doc, { agencyCode, rules: [agencyMismatch] }).findings;

describe('agency-mismatch', () => {
  it('reports a plan whose header names another agency than the signed-in one, naming both', () => {
    const [f, ...rest] = findings('04');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'agency-mismatch',
      severity: 'error',
      section: null,
      messageId: 'agencyMismatch',
      data: { found: 'Thành phố Hà Nội', expected: 'Tỉnh Cao Bằng' },
    });
    expect(f!.message).toContain('Thành phố Hà Nội');
    expect(f!.message).toContain('Tỉnh Cao Bằng');
    expect(f!.blockId).toBe(hanoi.body[0]!.id);
  });

  it('is silent for the right agency, without a signed-in agency, or when the header names no listed agency', () => {
    expect(findings('01')).toEqual([]);
    expect(findings(null)).toEqual([]);
    const unlisted = buildCleanPlanModel({ agencyKind: 'central', agency: 'Bộ Kế hoạch và Đầu tư' });
    expect(findings('BO-YT', unlisted)).toEqual([]);
  });

  it('tells a ministry from a province', () => {
    const health = buildCleanPlanModel({ agencyKind: 'central', agency: 'BO-YT' });
    expect(findings('01', health)).toEqual([expect.objectContaining({ data: expect.objectContaining({ found: 'Bộ Y tế', expected: 'Thành phố Hà Nội' }) })]);
  });
});
