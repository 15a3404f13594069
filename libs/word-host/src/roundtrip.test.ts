/// <reference types="office-js" />
/**
 * Round trip: open a .docx (written by @cds/docx's writeDocx from a fixture DERIVED
 * FROM THE SPECIFICATION, not captured from Word) → edit through the Word API →
 * getFileAsync(Compressed) slices → readDocx → same structure and text.
 */
import { indicatorTag, sectionTag } from '@cds/template';
import { blockControls, paragraphs, paragraphText, tables } from '@cds/model';
import { readDocx } from '@cds/docx';
import { describe, expect, it } from 'vitest';
import { createWordHost } from './index.js';
import { editedDocument, fileBytes, SECTIONS } from './testing/edited.js';
import { readSections } from './testing/plan-edits.js';

describe('round trip through .docx', () => {
  it('opens a .docx, edits it through the API and saves content controls, tables and text that readDocx reads back', async () => {
    const { host, cost } = await editedDocument();
    expect(cost.syncs).toBe(2); // one per Word.run batch, however many sections
    const before = await readSections(host.Word);
    const { bytes, slices } = await fileBytes(host);
    expect(slices).toBeGreaterThanOrEqual(1);
    const back = readDocx(bytes);

    const ctl = [...blockControls(back.body)];
    expect(ctl.map((c) => c.cc.tag)).toEqual([sectionTag('P1'), sectionTag('P1.I'), sectionTag('P2'), sectionTag('P2.III'), sectionTag('P2.IV')]);
    expect(ctl.find((c) => c.cc.tag === sectionTag('P2'))?.cc).toMatchObject({ title: 'Phần II', cannotEdit: true, cannotDelete: true });
    expect(ctl.find((c) => c.cc.tag === sectionTag('P2.III'))?.cc).toMatchObject({ title: 'Phần III', cannotDelete: true });

    const t = [...tables(back.body)].at(-1)!;
    expect(t.rows.map((r) => r.cells.map((c) => [...paragraphs(c.blocks)].map((x) => paragraphText(x.paragraph)).join('\n')))).toEqual(SECTIONS[0]!.table);
    const [original] = [...tables(back.body)];
    expect(original?.rows[1]?.cc).toMatchObject({ tag: indicatorTag(1), title: 'Chỉ tiêu' });
    expect(original?.rows[1]?.cells[1]?.cc).toMatchObject({ tag: 'ind:value', cannotEdit: true });
    const inlineTags = JSON.stringify(back.body).match(/"tag":"(cds:indicator:dvc[^"]+|recipient)"/g);
    expect(inlineTags).toEqual(['"tag":"recipient"', `"tag":"${indicatorTag('dvc-toan-trinh')}"`]);

    const heading = [...paragraphs(back.body)].find((x) => paragraphText(x.paragraph) === 'III. NHIỆM VỤ VÀ GIẢI PHÁP')!.paragraph;
    expect(heading.outlineLevel).toBe(0);

    // Reopen the saved file in a second host: the API sees the same controls and text.
    const reopened = createWordHost({ bytes });
    expect(await readSections(reopened.Word)).toEqual(before);
  });
});
