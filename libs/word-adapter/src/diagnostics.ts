/// <reference types="office-js" />
import { analyze } from '@cds/rules';
import { frameworkModel } from './blocks/index.js';
import { ooxmlOf } from './batch.js';
import { detectCapabilities } from './capabilities.js';
import { readCustomParts } from './office-xml.js';
import { readDocument } from './read.js';
import type { DiagnosticsReport, DiagnosticStep } from './types.js';

/**
 * Runs every adapter operation in a new scratch document (`application.createDocument`,
 * WordApi 1.3, worked on through WordApiHiddenDocument without opening it) and reports
 * which passed on this Word, with its version, webview and requirement sets, so the
 * first administrator with real Word can check the add-in in two minutes. The open
 * document is only read.
 */
export async function runDiagnostics(now: Date = new Date()): Promise<DiagnosticsReport> {
  const caps = detectCapabilities();
  const steps: DiagnosticStep[] = [];
  const step = async (name: string, fn: () => Promise<string | void>) => {
    const t0 = performance.now();
    try {
      const fallback = await fn();
      steps.push({ name, ok: true, ms: Math.round(performance.now() - t0), ...(fallback ? { fallback } : {}) });
    } catch (e) {
      steps.push({ name, ok: false, ms: Math.round(performance.now() - t0), error: e instanceof Error ? e.message : String(e) });
    }
  };
  await step('read-current', async () => {
    const r = await readDocument();
    analyze(r.doc);
  });
  await step('custom-xml-read', async () => void (await readCustomParts()));
  const scratch = caps.createDocument && caps.sets['WordApiHiddenDocument 1.3'];
  if (scratch) {
    await Word.run(async (context) => {
      let body: Word.Body | null = null;
      let failure = '';
      await step('create-document', async () => {
        const created = context.application.createDocument();
        await context.sync();
        body = created.body;
      });
      const run = (name: string, fn: () => Promise<string | void>) =>
        step(name, async () => {
          if (!body) throw new Error(failure || 'no scratch document (create-document failed)');
          return fn();
        });
      const failed = steps.at(-1);
      if (failed && !failed.ok) failure = `no scratch document: ${failed.error}`;
      await run('insert-ooxml', async () => {
        body!.insertOoxml(ooxmlOf(frameworkModel()), 'Replace');
        await context.sync();
      });
      await run('load-paragraphs', async () => {
        body!.paragraphs.load(
          'items/text,items/styleBuiltIn,items/tableNestingLevel,items/listItemOrNullObject/listString,items/parentContentControlOrNullObject/id',
        );
        await context.sync();
      });
      await run('load-controls', async () => {
        const ccs = body!.contentControls.load('items/id,items/tag,items/subtype,items/parentContentControlOrNullObject/id');
        await context.sync();
        if (!ccs.items.length) throw new Error('no content controls after insertOoxml');
      });
      await run('load-tables', async () => {
        body!.tables.load('items/values,items/rows/cells/body/paragraphs/tableNestingLevel');
        await context.sync();
      });
      await run('expand-and-wrap', async () => {
        const p = body!.paragraphs.getFirst();
        const r = p.getRange('Start').expandTo(p.getNext().getRange('End'));
        r.insertContentControl().tag = 'cds:diagnostics';
        await context.sync();
      });
      if (caps.annotations)
        await run('annotations', async () => {
          const p = body!.paragraphs.getFirst();
          p.insertAnnotations({ critiques: [{ start: 0, length: 1, colorScheme: 'Red' as Word.CritiqueColorScheme }] });
          await context.sync();
        });
      await run('highlight', async () => {
        body!.paragraphs.getFirst().getRange('Content').font.highlightColor = '#FFEB9C';
        await context.sync();
      });
    });
  }
  return {
    at: now.toISOString(),
    capabilities: caps,
    userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
    steps,
    ranIn: scratch ? 'scratch' : 'current-read-only',
  };
}
