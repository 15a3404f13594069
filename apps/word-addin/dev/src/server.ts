import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { devMessages } from './messages.vi.js';

export interface DevServerOptions {
  /** TLS key and certificate (from office-addin-dev-certs). */
  tls: { key: Buffer; cert: Buffer; ca?: Buffer };
  /** Folder mounted at a URL prefix, longest prefix first wins. */
  mounts: { prefix: string; dir: string; what: string }[];
  /** Single files at fixed paths (the manifest). */
  files?: Record<string, { file: string; type: string }>;
  /** Where everything else goes (the sync server: /api, the dashboard at /). */
  upstream: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function page(res: http.ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${status}</title><body style="font-family:Segoe UI,sans-serif;padding:16px"><p>${message.replace(/</g, '&lt;')}</p></body></html>`,
  );
}

async function sendFile(res: http.ServerResponse, file: string, type?: string): Promise<boolean> {
  const s = await stat(file).catch(() => null);
  if (!s?.isFile()) return false;
  // No caching: Word keeps add-in files otherwise, and a rebuild would not show.
  res.writeHead(200, {
    'content-type': type ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': s.size,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
  return true;
}

/** A path under `dir`, or null when the URL tries to leave it. */
function inside(dir: string, rest: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + decoded));
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, upstream: string) {
  const target = new URL(req.url ?? '/', upstream);
  const forward = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host, 'x-forwarded-proto': 'https' } }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  forward.on('error', () => {
    if (!res.headersSent) page(res, 502, devMessages.upstreamDown(upstream));
    else res.destroy();
  });
  req.pipe(forward);
}

/**
 * The HTTPS server Word sideloads the add-in from: the built task pane, the
 * compatibility pane and the icons under /addin/, the manifest, and everything
 * else (the API, the dashboard) passed through to the sync server, so the pane
 * calls `/api` on its own origin exactly as in production.
 */
export function createDevServer(options: DevServerOptions): https.Server {
  const mounts = [...options.mounts].map((m) => ({ ...m, dir: path.resolve(m.dir) })).sort((a, b) => b.prefix.length - a.prefix.length);
  return https.createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? '/', 'https://localhost').pathname;
      const single = options.files?.[pathname];
      if (single) {
        if (!(await sendFile(res, single.file, single.type))) page(res, 404, devMessages.notFound);
        return;
      }
      const mount = mounts.find((m) => pathname === m.prefix.replace(/\/$/, '') || pathname.startsWith(m.prefix));
      if (!mount) return proxy(req, res, options.upstream);
      if (req.method !== 'GET' && req.method !== 'HEAD') return page(res, 405, devMessages.notFound);
      const file = inside(mount.dir, pathname.slice(mount.prefix.length) || 'index.html');
      if (!file) return page(res, 404, devMessages.notFound);
      if (await sendFile(res, file)) return;
      const built = await stat(mount.dir).then(
        (s) => s.isDirectory(),
        () => false,
      );
      page(res, 404, built ? devMessages.notFound : devMessages.notBuilt(mount.what));
    })().catch(() => {
      if (!res.headersSent) page(res, 500, devMessages.notFound);
    });
  });
}
