/// <reference types="office-js" />
import { tables } from '@cds/model';
import { recognizeTable } from '@cds/plan';
import type { Fix } from '@cds/rules';
import { getTemplate, ND30_BODY as BODY } from '@cds/template';
import { fragment, Ids, para } from './blocks/build.js';
import { insertFragmentAt, insertItems, insertSection } from './insert.js';
import { sectionTextEndAnchor } from './locate-anchor.js';
import { readDocument, type WordReading } from './read.js';
import type { Outcome } from './batch.js';

/** Whether the adapter can carry out this finding's fix. */
export const hasQuickFix = (f: { fix?: Fix }): boolean => !!f.fix;

/**
 * Carries out a finding's mechanical fix (the core describes it, the adapter performs
 * it): insert a missing section or a)/b) item, fill a table cell, replace a
 * paragraph's text, add a citation line. Reads the document first unless given a
 * fresh reading.
 */
export async function applyQuickFix(f: { fix?: Fix }, options: { reading?: WordReading; templateVersion?: string } = {}): Promise<Outcome> {
  const fix = f.fix;
  if (!fix) throw new RangeError('no fix');
  const tv = options.templateVersion;
  const reading = options.reading ?? (await readDocument());
  switch (fix.kind) {
    case 'insertSection':
      return insertSection(fix.section, { reading, ...(tv ? { templateVersion: tv } : {}) });
    case 'insertItem':
      return insertItems(fix.section, [fix.part], { reading, ...(tv ? { templateVersion: tv } : {}) });
    case 'insertParagraph':
      return insertFragmentAt(fragment([para(new Ids(), fix.text, BODY)]), sectionTextEndAnchor(reading, fix.section, tv));
    case 'replaceText': {
      const place = reading.places[fix.blockId];
      if (place?.kind !== 'paragraph') throw new RangeError(fix.blockId);
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load('items/text');
        await context.sync();
        const p = ps.items[place.index];
        if (!p || p.text !== place.text) throw new Error('stale');
        p.insertText(fix.text, 'Replace');
        await context.sync();
      });
      return {};
    }
    case 'setCell': {
      const place = reading.places[fix.rowBlockId];
      if (place?.kind !== 'table' || place.row === null) throw new RangeError(fix.rowBlockId);
      const table = [...tables(reading.doc.body)].find((t) => t.id === `t${place.table}`);
      const match = table ? recognizeTable(table, getTemplate(tv)) : null;
      const col = match?.columns.find((c) => c.key === fix.column)?.col;
      if (col === undefined) throw new RangeError(fix.column);
      await Word.run(async (context) => {
        const ts = context.document.body.tables.load('items/rowCount');
        await context.sync();
        ts.items[place.table]!.getCell(place.row!, col).body.insertText(fix.value, 'Replace');
        await context.sync();
      });
      return {};
    }
  }
}
