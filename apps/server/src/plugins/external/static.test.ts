import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type TestApp } from '../../test/helper.js';

describe('front ends served on the same origin', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cds-static-'));
    mkdirSync(path.join(dir, 'dashboard/assets'), { recursive: true });
    mkdirSync(path.join(dir, 'addin'), { recursive: true });
    writeFileSync(path.join(dir, 'dashboard/index.html'), '<!doctype html><title>bảng</title>');
    writeFileSync(path.join(dir, 'dashboard/assets/app-1.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'addin/taskpane.html'), '<!doctype html><title>add-in</title>');
    process.env.DASHBOARD_DIST = path.join(dir, 'dashboard');
    process.env.ADDIN_DIST = path.join(dir, 'addin');
    t = await build();
  });
  afterAll(async () => {
    await t.close();
    delete process.env.DASHBOARD_DIST;
    delete process.env.ADDIN_DIST;
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the app's own paths with index.html, never cached, and assets for good", async () => {
    for (const url of ['/', '/plans/12', '/indicators/NQ03-11.1']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('bảng');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const asset = await t.app.inject({ url: '/assets/app-1.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it("keeps the API's 404 and serves the add-in at /addin/", async () => {
    expect((await t.app.inject({ url: '/api/khong-co' })).json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    const addin = await t.app.inject({ url: '/addin/taskpane.html' });
    expect(addin.statusCode).toBe(200);
    expect(addin.body).toContain('add-in');
  });
});
