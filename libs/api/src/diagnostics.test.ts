import { describe, expect, it } from 'vitest';
import { browserBundle, SERVER_ONLY } from '@cds/test-support';
import { DIAGNOSTICS_LIMITS, DiagnosticsQuerySchema, DiagnosticsReportBodySchema, diagnosticsMessages } from './diagnostics.js';

const report = () => ({
  at: '2026-03-01T03:00:00.000Z',
  capabilities: {
    host: 'Word',
    platform: 'PC',
    version: '16.0.10827.20181',
    webview: 'trident',
    wordApiMinor: 3,
    sets: { 'WordApi 1.3': true, 'WordApi 1.4': false },
    annotations: false,
  },
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  steps: [
    { name: 'readDocument', ok: true, ms: 12 },
    { name: 'markFindings', ok: false, ms: 3, error: 'ApiNotFound' },
  ],
  ranIn: 'scratch',
});

describe('the diagnostics report contract', () => {
  it('accepts the report the pane produces and keeps the adapter flags it does not name', () => {
    const parsed = DiagnosticsReportBodySchema.parse(report());
    expect(parsed.capabilities).toMatchObject({ webview: 'trident', annotations: false });
  });

  it('refuses oversized fields with Vietnamese messages', () => {
    const long = { ...report(), userAgent: 'x'.repeat(DIAGNOSTICS_LIMITS.userAgent + 1) };
    const r = DiagnosticsReportBodySchema.safeParse(long);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(diagnosticsMessages.tooLong(DIAGNOSTICS_LIMITS.userAgent));
    expect(diagnosticsMessages.tooLong(1000)).toBe('Tối đa 1.000 ký tự.');
  });

  it('bounds the number of steps and of requirement sets', () => {
    const step = { name: 's', ok: true, ms: 1 };
    const many = DiagnosticsReportBodySchema.safeParse({ ...report(), steps: Array.from({ length: DIAGNOSTICS_LIMITS.steps + 1 }, () => step) });
    expect(many.error?.issues.map((i) => i.message)).toEqual([diagnosticsMessages.tooManySteps]);
    const sets = Object.fromEntries(Array.from({ length: DIAGNOSTICS_LIMITS.sets + 1 }, (_, i) => [`Set${i} 1.1`, true]));
    const manySets = DiagnosticsReportBodySchema.safeParse({ ...report(), capabilities: { ...report().capabilities, sets } });
    expect(manySets.error?.issues.map((i) => i.message)).toEqual([diagnosticsMessages.tooManySets]);
    expect(DiagnosticsReportBodySchema.safeParse({ ...report(), steps: [] }).error?.issues[0]?.message).toBe(diagnosticsMessages.noSteps);
  });

  it("pages the administrators' list within bounds", () => {
    expect(DiagnosticsQuerySchema.parse({})).toEqual({ limit: 50, offset: 0 });
    expect(DiagnosticsQuerySchema.parse({ limit: '10', failedOnly: 'true' })).toEqual({ limit: 10, offset: 0, failedOnly: true });
    expect(DiagnosticsQuerySchema.safeParse({ limit: '201' }).success).toBe(false);
  });

  it('stays browser-safe', async () => {
    const bundle = await browserBundle(`import { diagnosticsRoutes } from '@cds/api'; console.log(diagnosticsRoutes);`);
    expect(bundle.inputs.filter((p) => SERVER_ONLY.test(p))).toEqual([]);
  });
});
