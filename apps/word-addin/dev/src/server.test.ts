import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCertificates } from 'office-addin-dev-certs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLayout } from './layout.js';
import { devMessages } from './messages.vi.js';
import { createDevServer } from './server.js';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the HTTPS dev server for sideloading', () => {
  let tmp: string;
  let ca: Buffer;
  let server: https.Server;
  let upstream: http.Server;
  let base: string;
  const seen: { method?: string; url?: string; body: string; host?: string; auth?: string }[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'cds-dev-'));
    // office-addin-dev-certs' own certificates, generated into a temporary folder (not installed in any trust store).
    await generateCertificates(path.join(tmp, 'ca.crt'), path.join(tmp, 'localhost.crt'), path.join(tmp, 'localhost.key'), 1);
    ca = await readFile(path.join(tmp, 'ca.crt'));
    const dist = path.join(tmp, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(path.join(dist, 'taskpane.html'), '<!doctype html><title>Kế hoạch</title>');
    upstream = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, host: req.headers.host, auth: req.headers.authorization });
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const layout = devLayout(appDir);
    server = createDevServer({
      tls: { key: await readFile(path.join(tmp, 'localhost.key')), cert: await readFile(path.join(tmp, 'localhost.crt')) },
      upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      files: layout.files,
      mounts: layout.mounts.map((m) =>
        m.prefix === '/addin/' ? { ...m, dir: dist } : m.prefix === '/addin/compat/' ? { ...m, dir: path.join(tmp, 'no-compat') } : m,
      ),
    });
    await new Promise<void>((r) => server.listen(0, 'localhost', r));
    base = `https://localhost:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await new Promise((r) => upstream?.close(r));
  });

  const get = (p: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
    new Promise<{ status: number; type: string; body: Buffer }>((resolve, reject) => {
      const req = https.request(base + p, { ca, method: init.method ?? 'GET', headers: init.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(init.body);
    });

  it('serves the task pane over HTTPS with a certificate office-addin-dev-certs signed for localhost', async () => {
    const res = await get('/addin/taskpane.html');
    expect(res).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(res.body.toString()).toContain('Kế hoạch');
  });

  it('serves the manifest and the icons it names', async () => {
    const manifest = await get('/manifest.xml');
    expect(manifest.status).toBe(200);
    const icons = [...manifest.body.toString().matchAll(/https:\/\/localhost:3000(\/addin\/assets\/icon-\d+\.png)/g)].map((m) => m[1]!);
    expect(icons.length).toBeGreaterThan(3);
    for (const icon of new Set(icons)) expect(await get(icon)).toMatchObject({ status: 200, type: 'image/png' });
  });

  it('passes /api through to the sync server with method, body and token', async () => {
    const res = await get('/api/diagnostics', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json', authorization: 'Bearer t' } });
    expect(res.status).toBe(201);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/diagnostics', body: '{"a":1}', auth: 'Bearer t' });
  });

  it('refuses paths that leave their folder, and says in Vietnamese what to build when a folder is missing', async () => {
    expect((await get('/addin/..%2F..%2Fpackage.json')).status).toBe(404);
    // Dot segments are resolved as URLs resolve them: this one leaves /addin/ and goes to the sync server, not to the file.
    const dotted = await get('/addin/%2e%2e/%2e%2e/manifest/manifest.dev.xml');
    expect(dotted.body.toString()).not.toContain('<OfficeApp');
    expect(seen.at(-1)?.url).toBe('/manifest/manifest.dev.xml');
    const compat = await get('/addin/compat/index.html');
    expect(compat.status).toBe(404);
    expect(compat.body.toString()).toContain(devMessages.notBuilt('bản build chế độ tương thích (npm run build:compat -w @cds/word-addin)'));
  });

  it('says the sync server is down in Vietnamese instead of hanging', async () => {
    const down = createDevServer({
      tls: { key: await readFile(path.join(tmp, 'localhost.key')), cert: await readFile(path.join(tmp, 'localhost.crt')) },
      upstream: 'http://127.0.0.1:9',
      mounts: [],
    });
    await new Promise<void>((r) => down.listen(0, 'localhost', r));
    const port = (down.address() as AddressInfo).port;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) =>
      https
        .get(`https://localhost:${port}/api/health`, { ca }, (r) => {
          let b = '';
          r.on('data', (c) => (b += c));
          r.on('end', () => resolve({ status: r.statusCode!, body: b }));
        })
        .on('error', reject),
    );
    await new Promise((r) => down.close(r));
    expect(res.status).toBe(502);
    expect(res.body).toContain('Không kết nối được tới máy chủ đồng bộ');
  });
});
