/// <reference types="office-js" />
/**
 * The browser build (word-host.js, built by build-browser.mjs into a temporary folder removed afterwards) loads in headless
 * Chromium in place of office.js, and a page's Word.run batch runs against it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocx } from '@cds/docx';
import { sectionTag } from '@cds/template';
import { chromium } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sampleDocument } from './testing/fixtures.js';
// @ts-expect-error -- a plain .mjs build script without types
import { buildBrowser } from '../build-browser.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

describe('browser build', () => {
  it('installs Word/Office/OfficeExtension in a page and runs a Word.run batch there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'word-host-browser-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const script = (await buildBrowser(dir)) as string;
    const docxBase64 = Buffer.from(writeDocx(sampleDocument())).toString('base64');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><html><body><div id="pane"></div></body></html>');
      await page.evaluate((cfg) => ((globalThis as { __wordHostConfig?: unknown }).__wordHostConfig = cfg), { preset: 'web', docxBase64 });
      await page.addScriptTag({ path: script });
      const result = await page.evaluate(async () => {
        const info = await Office.onReady();
        const tags = await Word.run(async (context) => {
          const ccs = context.document.contentControls;
          ccs.load('items/tag');
          const cc = ccs.getByTag('cds:section:P1.I').getFirst();
          cc.insertParagraph('Thêm từ trình duyệt.', 'End');
          cc.load('text');
          await context.sync();
          return { tags: ccs.items.map((c) => c.tag), text: cc.text };
        });
        let code = '';
        try {
          await Word.run(async (context) => {
            const p = context.document.body.paragraphs.getFirst();
            return p.text; // not loaded: PropertyNotLoaded, as in Word
          });
        } catch (e) {
          code = (e as OfficeExtension.Error).code;
        }
        const host = (globalThis as unknown as { __wordHost: { syncCount: number } }).__wordHost;
        return { info, ...tags, code, syncs: host.syncCount, webSet: Office.context.requirements.isSetSupported('WordApi', '1.9') };
      });
      expect(errors).toEqual([]);
      expect(result).toEqual({
        info: { host: 'Word', platform: 'OfficeOnline' },
        tags: [sectionTag('P1'), sectionTag('P1.I'), sectionTag('P2'), 'recipient'],
        text: 'Hạ tầng số.\rThêm từ trình duyệt.',
        code: 'PropertyNotLoaded',
        syncs: 1,
        webSet: true,
      });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
