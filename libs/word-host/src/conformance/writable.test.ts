/// <reference types="office-js" />
/**
 * Every writable property that @types/office-js declares, on every class the host hands
 * out, is either applied (read back after sync, and saved into the .docx where the file
 * format has a place for it) or refused loudly (NotImplementedError at the assignment).
 * No write passes silently. Reference: each class's page under
 * https://learn.microsoft.com/javascript/api/word/ (properties marked without "readonly").
 */
import { readDocx } from '@cds/docx';
import type { DocumentModel } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { WORD_ENUMS } from '../enums.generated.js';
import { MEMBERS } from '../members.generated.js';
import { NotImplementedError } from '../runtime/guard.js';
import { FACTORIES, fixture } from '../testing/instances.js';

/** A value to assign, per property (by its declared type unless named here), and what reads back. */
const SAMPLES: Record<string, { value: unknown; back?: unknown }> = {
  'Paragraph.outlineLevel': { value: 3 },
  'Paragraph.style': { value: 'Heading 2' },
  'Paragraph.styleBuiltIn': { value: 'Heading3' },
  'Range.style': { value: 'Heading 2' },
  'Body.style': { value: 'Heading 2' },
  'ContentControl.style': { value: 'Heading 2' },
  'Body.styleBuiltIn': { value: 'Heading3' },
  'Range.styleBuiltIn': { value: 'Heading3' },
  'ContentControl.styleBuiltIn': { value: 'Heading3' },
  'Font.name': { value: 'Arial' },
  'Font.size': { value: 13 },
  'Font.color': { value: 'red', back: '#FF0000' },
  'ContentControl.color': { value: '#00FF00' },
  'ContentControl.appearance': { value: 'Tags' },
  'ListItem.level': { value: 2 },
  'Table.values': {
    value: [
      ['1', '2'],
      ['3', '4'],
    ],
  },
  'TableRow.values': { value: [['x', 'y']] },
  'Table.headerRowCount': { value: 1 },
  'Setting.value': { value: 'w' },
  'Font.highlightColor': { value: 'yellow', back: '#FFFF00' },
};

function sample(cls: string, name: string, type: string, current: unknown): { value: unknown; back: unknown } {
  const s = SAMPLES[`${cls}.${name}`];
  if (s) return { value: s.value, back: s.back ?? s.value };
  if (type === 'boolean') return { value: !current, back: !current };
  if (type === 'number') return { value: 7, back: 7 };
  if (type === 'string') return { value: 'mẫu', back: 'mẫu' };
  const e = /^Word\.(\w+)$/.exec(type)?.[1];
  const values = e ? Object.values(WORD_ENUMS[e] ?? {}).filter((v) => v !== current && v !== 'Mixed' && v !== 'Unknown') : [];
  if (values.length) return { value: values[values.length > 1 ? 1 : 0], back: values[values.length > 1 ? 1 : 0] };
  return { value: 'mẫu', back: 'mẫu' };
}

/** Where the saved .docx holds a property, read back through @cds/docx. */
const IN_FILE: Record<string, (m: DocumentModel) => unknown> = {
  'Paragraph.alignment': (m) => (m.body[0] as { props?: { alignment?: string } }).props?.alignment,
  'Paragraph.spaceAfter': (m) => (m.body[0] as { props?: { spacingAfterPt?: number } }).props?.spacingAfterPt,
  'Paragraph.styleBuiltIn': (m) => (m.body[0] as { styleId?: string }).styleId,
  'Font.bold': (m) => JSON.stringify(m.body[0]).includes('"bold":true'),
  'Font.italic': (m) => JSON.stringify(m.body[0]).includes('"italic":true'),
  'Font.color': (m) => JSON.stringify(m.body[0]).includes('"color":"FF0000"'),
  'Font.name': (m) => JSON.stringify(m.body[0]).includes('"font":"Arial"'),
  'ContentControl.tag': (m) => JSON.stringify(m.body).includes('"tag":"mẫu"'),
  'ContentControl.title': (m) => JSON.stringify(m.body).includes('"title":"mẫu"'),
  'ContentControl.cannotDelete': (m) => JSON.stringify(m.body).includes('"cannotDelete":true'),
  'Table.horizontalAlignment': (m) => JSON.stringify(m.body[3]).match(/"alignment":"right"/g)?.length,
  // The model has no field for these: they read back in the session but are not saved (README).
  'Font.highlightColor': (m) => JSON.stringify(m.body[0]).includes('highlight'),
  'Table.alignment': (m) => JSON.stringify(m.body[3]).includes('hostAlignment'),
  'Table.verticalAlignment': (m) => JSON.stringify(m.body[3]).includes('hostVerticalAlignment'),
};
const FILE_EXPECT: Record<string, unknown> = {
  'Paragraph.alignment': 'right',
  'Paragraph.spaceAfter': 7,
  'Paragraph.styleBuiltIn': 'Heading3',
  'Table.horizontalAlignment': 4,
  'Font.highlightColor': false,
  'Table.alignment': false,
  'Table.verticalAlignment': false,
};

const writable = (cls: string) =>
  Object.entries(MEMBERS.Word[cls] ?? {})
    .filter(([, d]) => d.startsWith('rw '))
    .map(([n, d]) => [n, d.slice(3)] as const);

describe('every writable property of every class the host implements', () => {
  for (const cls of Object.keys(FACTORIES)) {
    it(`${cls}: applied (read back, saved where the file has a place) or refused loudly`, async () => {
      const applied: string[] = [];
      const refused: string[] = [];
      for (const [name, type] of writable(cls)) {
        const host = createWordHost({ document: fixture() });
        await host.Word.run(async (context) => {
          const obj = FACTORIES[cls]!(context);
          let current: unknown;
          try {
            obj.load(name);
            await context.sync();
            current = obj[name];
          } catch {
            current = undefined; // not loadable: the write below decides
          }
          const { value, back } = sample(cls, name, type, current);
          try {
            obj[name] = value;
          } catch (e) {
            expect(e, `${cls}.${name}`).toBeInstanceOf(NotImplementedError);
            refused.push(name);
            return;
          }
          await context.sync();
          obj.load(name);
          await context.sync();
          expect(obj[name], `${cls}.${name} reads back`).toEqual(back);
          applied.push(name);
        });
        const check = IN_FILE[`${cls}.${name}`];
        if (check && applied.includes(name)) expect(check(readDocx(host.save())), `${cls}.${name} in the .docx`).toBe(FILE_EXPECT[`${cls}.${name}`] ?? true);
      }
      expect(applied.length + refused.length).toBe(writable(cls).length);
    });
  }

  it('every class an implemented member hands out has a factory above (or no writable property)', async () => {
    const host = createWordHost({ document: fixture() });
    const missing = new Set<string>();
    await host.Word.run(async (context) => {
      for (const [cls, make] of Object.entries(FACTORIES)) {
        const obj = make(context);
        for (const [name, desc] of Object.entries(MEMBERS.Word[cls] ?? {})) {
          const target = /^(?:ro|fn) Word\.(\w+?)(?:Collection)?$/.exec(desc)?.[1];
          if (!target || FACTORIES[target] || !writable(target).length) continue;
          try {
            void obj[name]; // a NotImplementedError means the host never hands the class out here
          } catch (e) {
            if (e instanceof NotImplementedError) continue;
          }
          missing.add(`${cls}.${name} → ${target}`);
        }
      }
      await context.sync().catch(() => undefined);
    });
    expect([...missing]).toEqual([]);
  });
});
