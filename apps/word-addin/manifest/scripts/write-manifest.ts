/**
 * Writes the manifest for a base URL:
 *   npx tsx apps/word-addin/manifest/scripts/write-manifest.ts --base-url https://kehoach-cds.example.gov.vn [--version 1.0.0.0] [--out FILE]
 * The base URL may also come from CDS_ADDIN_BASE_URL. Without --out the manifest is
 * written to apps/word-addin/manifest/dist/manifest.xml. `--dev` rewrites the committed dev manifest.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildManifest, DEV_BASE_URL } from '../src/manifest.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, version: { type: 'string' }, out: { type: 'string' }, dev: { type: 'boolean' } } });

try {
  if (values.dev) {
    const out = path.resolve(here, '../manifest.dev.xml');
    await writeFile(out, buildManifest({ baseUrl: DEV_BASE_URL, displayNameSuffix: ' (dev)' }));
    console.log(`Đã ghi manifest phát triển: ${out}`);
  } else {
    const baseUrl = values['base-url'] ?? process.env.CDS_ADDIN_BASE_URL;
    if (!baseUrl) throw new Error('Cần địa chỉ gốc: --base-url https://… hoặc biến môi trường CDS_ADDIN_BASE_URL.');
    const xml = buildManifest({ baseUrl, version: values.version });
    const out = path.resolve(values.out ?? path.resolve(here, '../dist/manifest.xml'));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, xml);
    console.log(`Đã ghi manifest cho ${baseUrl}: ${out}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
