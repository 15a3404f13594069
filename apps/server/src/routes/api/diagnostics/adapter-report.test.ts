import { createWordHost, type HostPreset } from '@cds/word-host';
import { runDiagnostics } from '@cds/word-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type TestApp } from '../../../test/helper.js';

/** The report the adapter's "Chẩn đoán" really produces (on the in-memory Word) is what the route takes. */
describe("the adapter's diagnostics report, sent to the server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  it.each<HostPreset>(['web', 'ltsc2024', 'office2019'])('on the %s preset is accepted and listed for administrators as it was run', async (preset) => {
    const host = createWordHost({ preset });
    const uninstall = host.install(globalThis);
    let report;
    try {
      report = await runDiagnostics(new Date('2026-03-01T02:00:00Z'));
    } finally {
      uninstall();
    }
    const sent = await t.as('drafterA', { method: 'POST', url: '/api/diagnostics', payload: report });
    expect(sent.statusCode, sent.body).toBe(201);
    const failed = report.steps.filter((s) => !s.ok).length;
    expect(sent.json()).toMatchObject({ passed: report.steps.length - failed, failed });
    const listed = (await t.as('admin', { method: 'GET', url: '/api/admin/diagnostics?limit=1' })).json().items[0];
    expect(listed).toMatchObject({
      steps: report.steps,
      ranIn: report.ranIn,
      capabilities: { sets: report.capabilities.sets, version: report.capabilities.version },
    });
  });
});
