import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel, para } from './testing/index.js';
import type { Block, DocumentModel, Paragraph } from '@cds/model';
import { getTemplate } from '@cds/template';
import { extract } from './extract.js';
import { recognize } from './recognize.js';

const t = getTemplate();
let n = 0;
/** Ids that cannot collide with the clean plan's own (b0, b1, …). */
const g = { next: () => `t${n++}` };
/** A paragraph whose first run is bold and the rest upright, as offices type run-in headings. */
const runIn = (bold: string, rest: string): Paragraph => ({
  kind: 'paragraph',
  id: g.next(),
  inlines: [
    { kind: 'run', text: bold, props: { bold: true } },
    { kind: 'run', text: rest, props: {} },
  ],
});

/** The clean plan with the paragraphs of one section replaced (heading included). */
function replaceSection(id: string, blocks: Block[]): DocumentModel {
  const doc = buildCleanPlanModel();
  const o = recognize(doc, t);
  const s = o.sections.find((x) => x.id === id)!;
  const drop = new Set([s.headingBlockId, ...s.contentBlockIds]);
  const at = doc.body.findIndex((b) => b.id === s.headingBlockId);
  doc.body = [...doc.body.slice(0, at), ...blocks, ...doc.body.slice(at).filter((b) => !drop.has(b.id))];
  return doc;
}

describe('run-in headings', () => {
  it("reads a bold title run in with its first sentence as the heading and the section's first content", () => {
    const head = runIn(
      '1. Phát huy, nâng cao năng lực lãnh đạo, điều hành chuyển đổi số:',
      ' Rà soát, kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh trong Quý I/2026.',
    );
    const doc = replaceSection('P2.IV.1', [head]);
    const o = recognize(doc, t);
    const s = o.sections.find((x) => x.id === 'P2.IV.1')!;
    expect(s).toMatchObject({
      headingBlockId: head.id,
      headingText: '1. Phát huy, nâng cao năng lực lãnh đạo, điều hành chuyển đổi số',
      runInText: 'Rà soát, kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh trong Quý I/2026.',
    });
    expect(o.sections.map((x) => x.id)).toEqual(t.sections.map((x) => x.id));
    expect(extract(doc, o, t).sections.find((x) => x.id === 'P2.IV.1')!.text).toMatch(/^Rà soát, kiện toàn/);
  });

  it('reads an upright numbered title before its colon when the number fits', () => {
    const head = para(
      g.next(),
      '6. Tăng cường hợp tác với các doanh nghiệp, cơ quan, tổ chức nghiên cứu trong nước và quốc tế: Ký kết thỏa thuận hợp tác với 02 doanh nghiệp công nghệ số.',
    );
    const o = recognize(replaceSection('P2.IV.6', [head]), t);
    expect(o.sections.find((x) => x.id === 'P2.IV.6')).toMatchObject({ headingBlockId: head.id, runInText: expect.stringMatching(/^Ký kết/) });
  });

  it('leaves a numbered list item in the text alone', () => {
    const item = para(
      g.next(),
      '1. Sở Khoa học và Công nghệ: chủ trì, hướng dẫn, đôn đốc các cơ quan triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện.',
    );
    const doc = replaceSection('P2.V', [para(g.next(), 'V. TỔ CHỨC THỰC HIỆN', { props: { runDefaults: { bold: true } } }), item]);
    const o = recognize(doc, t);
    expect(o.sections.find((x) => x.id === 'P2.V')!.contentBlockIds).toContain(item.id);
    expect(o.sections.filter((x) => x.headingBlockId === item.id)).toEqual([]);
  });
});

describe('the title block and what follows the plan', () => {
  it('does not call a Title-styled "KẾ HOẠCH" an unknown heading', () => {
    const doc = buildCleanPlanModel();
    doc.body.splice(3, 0, para(g.next(), 'KẾ HOẠCH', { styleId: 'Title', styleName: 'Title', outlineLevel: undefined }));
    expect(recognize(doc, t).unknownHeadings).toEqual([]);
  });

  it('keeps the signature block and annex titles out of the last section, and annex tables in it', () => {
    const doc = buildCleanPlanModel();
    const table = doc.body.find((b) => b.kind === 'table' && b.rows[0]!.cells.length === 8)!;
    const tail = [
      para(g.next(), 'Nơi nhận:'),
      para(g.next(), '- Bộ Khoa học và Công nghệ;'),
      para(g.next(), 'TM. ỦY BAN NHÂN DÂN'),
      para(g.next(), 'KT. CHỦ TỊCH'),
      para(g.next(), 'PHỤ LỤC', { props: { alignment: 'center', runDefaults: { bold: true } } }),
      para(g.next(), 'DANH MỤC NHIỆM VỤ, DỰ ÁN CHUYỂN ĐỔI SỐ NĂM 2026', { props: { alignment: 'center', runDefaults: { bold: true } } }),
      para(g.next(), '(Kèm theo Kế hoạch số …/KH-UBND ngày …/…/2026 của Ủy ban nhân dân tỉnh)'),
      { ...structuredClone(table), id: 'annex-table' },
    ];
    doc.body.push(...tail);
    const o = recognize(doc, t);
    expect(o.sections.map((x) => x.id)).toEqual(t.sections.map((x) => x.id));
    const last = o.sections.at(-1)!;
    expect(last.contentBlockIds).toContain('annex-table');
    expect(o.trailingBlockIds).toEqual(tail.slice(0, -1).map((b) => b.id));
  });
});
