/// <reference types="office-js" />
/**
 * The four places where the host used to differ from Word (issue 11), each with the
 * page that says what Word does.
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHost } from '../docx-codec.js';
import { createWordHostCore } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';
import { readDocx } from '@cds/docx';
import { rejectsWith } from '../testing/expect.js';

describe('differences from Word, fixed', () => {
  // Microsoft's reference samples load "length" and read items.length, e.g.
  // https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-footnotes-member
  // (`footnotes.load("length"); … footnotes.items.length`) and the Script Lab header sample
  // (`results = body.search("110"); results.load("length"); … results.items.length`).
  it('collection.load("length") on a non-empty collection loads its items, no InvalidArgument', async () => {
    const { Word } = createWordHostCore({ document: sampleDocument() });
    await Word.run(async (context) => {
      const found = context.document.body.search('số');
      const ccs = context.document.contentControls;
      found.load('length');
      ccs.load('length');
      await context.sync();
      expect(found.items.length).toBeGreaterThan(0);
      expect(ccs.items.length).toBe(4);
    });
  });

  // XML 1.0 §3.1 (AttValue) allows either quote; Word finds the part by its root namespace
  // https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection#word-word-customxmlpartcollection-getbynamespace-member(1)
  it("a custom XML part whose root says xmlns='…' has that namespaceUri and getByNamespace finds it", async () => {
    const { Word } = createWordHostCore();
    await Word.run(async (context) => {
      const part = context.document.customXmlParts.add("<?xml version='1.0'?><ignores xmlns='urn:cds:ignores'><i id='1'/></ignores>");
      part.load('namespaceUri');
      const found = context.document.customXmlParts.getByNamespace('urn:cds:ignores');
      found.load('items');
      await context.sync();
      expect(part.namespaceUri).toBe('urn:cds:ignores');
      expect(found.items).toHaveLength(1);
    });
  });

  // https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult#officeextension-officeextension-eventhandlerresult-remove-member(1)
  it('EventHandlerResult.remove() for a control deleted since succeeds, so a loop removing several handlers goes on', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const regs: OfficeExtension.EventHandlerResult<Word.ContentControlDataChangedEventArgs>[] = [];
    let calls = 0;
    await host.Word.run(async (context) => {
      for (const tag of [sectionTag('P1.I'), sectionTag('P1')]) {
        const cc = context.document.contentControls.getByTag(tag).getFirst();
        cc.track();
        regs.push(cc.onDataChanged.add(async () => void calls++));
      }
      await context.sync();
      context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst().delete(false);
      await context.sync();
    });
    await host.Word.run(regs[0]!.context as never, async (context) => {
      for (const r of regs) r.remove();
      await context.sync();
    });
    await host.settle();
    calls = 0; // the deletion itself changed the outer control
    await host.user.type('b1.1', ' thêm');
    await host.settle();
    expect(calls).toBe(0);
    expect(host.state.bus.regs.filter((r) => r.event === 'onDataChanged')).toEqual([]);
  });

  // "You can provide the value in the '#RRGGBB' format or the color name."
  // https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-color-member
  it('ContentControl.color and Font.color take a colour name and read back as #RRGGBB; the file gets the hex', async () => {
    const host = createWordHost({ document: sampleDocument() });
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P1')).getFirst();
      cc.color = 'red';
      cc.font.color = 'navy';
      cc.load('color,font/color');
      await context.sync();
      expect([cc.color, cc.font.color]).toEqual(['#FF0000', '#000080']);
    });
    expect(JSON.stringify(readDocx(host.save()).body)).toContain('"color":"FF0000"');
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.contentControls.getFirst().color = 'not-a-colour';
        await context.sync();
      }),
      'InvalidArgument',
    );
  });
});
