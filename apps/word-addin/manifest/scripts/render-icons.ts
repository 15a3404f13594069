/**
 * Renders assets/icon.svg to the PNG sizes Office asks for, with Debian's Chromium
 * (transparent background): `npx tsx apps/word-addin/manifest/scripts/render-icons.ts`.
 * The PNGs are committed; run this again after changing the SVG.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../src/icons.js';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');
const svg = await readFile(path.join(assets, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await writeFile(path.join(assets, `icon-${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icon-{${ICON_SIZES.join(',')}}.png written to ${assets}`);
