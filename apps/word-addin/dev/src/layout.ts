import path from 'node:path';
import type { DevServerOptions } from './server.js';

/** What the dev server serves from apps/word-addin (`appDir`), and where. */
export function devLayout(appDir: string): Pick<DevServerOptions, 'mounts' | 'files'> & { files: NonNullable<DevServerOptions['files']> } {
  return {
    mounts: [
      { prefix: '/addin/assets/', dir: path.join(appDir, 'manifest/assets'), what: 'biểu tượng' },
      { prefix: '/addin/compat/', dir: path.join(appDir, 'compat/dist'), what: 'bản build chế độ tương thích (npm run build:compat -w @cds/word-addin)' },
      { prefix: '/addin/', dir: path.join(appDir, 'dist'), what: 'bản build ngăn tác vụ' },
    ],
    files: { '/manifest.xml': { file: path.join(appDir, 'manifest/manifest.dev.xml'), type: 'application/xml; charset=utf-8' } },
  };
}
