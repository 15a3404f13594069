/// <reference types="office-js" />
/**
 * An add-in-style batch used by the round-trip and sync-count tests: it inserts a
 * plan section as a tagged content control with a heading, paragraphs, an indicator
 * table and an inline control, the way the add-in's "insert skeleton" would.
 * Written against Microsoft's types only (it runs unchanged on real Word).
 */
export interface SectionSpec {
  tag: string;
  title: string;
  heading: string;
  paragraphs: string[];
  table?: string[][];
}

/** Appends sections at the end of the body in one batch (one round trip for any number of sections). */
export async function insertSections(word: typeof Word, sections: SectionSpec[]): Promise<void> {
  await word.run(async (context) => {
    const body = context.document.body;
    for (const s of sections) {
      const head = body.insertParagraph(s.heading, 'End');
      head.styleBuiltIn = word.BuiltInStyleName.heading1;
      const cc = head.insertContentControl();
      cc.tag = s.tag;
      cc.title = s.title;
      cc.cannotDelete = true;
      for (const text of s.paragraphs) {
        const p = cc.insertParagraph(text, 'End');
        p.styleBuiltIn = word.BuiltInStyleName.normal;
      }
      if (s.table) cc.insertTable(s.table.length, s.table[0]!.length, 'End', s.table);
    }
    await context.sync();
  });
}

/** The anti-pattern: a sync per section, to show what the budget assertion catches. */
export async function insertSectionsSlowly(word: typeof Word, sections: SectionSpec[]): Promise<void> {
  await word.run(async (context) => {
    for (const s of sections) {
      const head = context.document.body.insertParagraph(s.heading, 'End');
      const cc = head.insertContentControl();
      cc.tag = s.tag;
      await context.sync();
      for (const text of s.paragraphs) {
        cc.insertParagraph(text, 'End');
        await context.sync();
      }
    }
  });
}

/** Reads every tagged control's tag and text in one round trip. */
export async function readSections(word: typeof Word): Promise<{ tag: string; text: string }[]> {
  return word.run(async (context) => {
    const ccs = context.document.contentControls;
    ccs.load('items/tag,items/text');
    await context.sync();
    return ccs.items.map((c) => ({ tag: c.tag, text: c.text }));
  });
}
