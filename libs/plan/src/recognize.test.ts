import { describe, expect, it } from 'vitest';
import { buildCleanPlanModel, buildHandTypedPlanModel, IdGen, para, tinyTemplate } from './testing/index.js';
import type { CleanPlanOptions } from './testing/index.js';
import type { DocumentModel } from '@cds/model';
import { getTemplate, sectionById } from '@cds/template';
import { encodeLegacy } from '@cds/vn';
import { recognize } from './recognize.js';
import type { Outline } from './outline.js';

const t = getTemplate();
const ids = t.sections.map((s) => s.id);
const parentOf = (id: string) => sectionById(t, id)?.parent ?? null;
const outlineOf = (o: CleanPlanOptions = {}): Outline => recognize(buildCleanPlanModel(o), t);
const misplaced = (o: Outline) => o.sections.filter((s) => s.foundUnder !== parentOf(s.id)).map((s) => [s.id, s.foundUnder]);

describe('recognize (plain documents)', () => {
  it('finds every section of a clean plan once, in order, under its parent', () => {
    const o = outlineOf();
    expect(o.structured).toBe(false);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(misplaced(o)).toEqual([]);
    expect(o.unknownHeadings).toEqual([]);
  });

  it.each<[string, CleanPlanOptions]>([
    ['NFD text', { nfd: true }],
    ['all-caps headings', { headingCase: 'upper' }],
    ['headings typed without diacritics', { stripHeadingDiacritics: true }],
    ['automatic numbering', { numbering: 'automatic' }],
    ['"III-" style', { romanSeparator: '-' }],
    ['bold headings without heading styles', { headingStyles: false }],
    ['a ministry plan', { agencyKind: 'central' }],
  ])('finds every section with %s', (_, options) => {
    const o = outlineOf(options);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(misplaced(o)).toEqual([]);
  });

  it.each(['tcvn3', 'vni'] as const)('finds headings pasted from a %s-encoded document', (encoding) => {
    const doc = buildCleanPlanModel();
    for (const b of doc.body)
      if (b.kind === 'paragraph' && b.outlineLevel !== undefined) for (const r of b.inlines) if (r.kind === 'run') r.text = encodeLegacy(r.text, encoding);
    const o = recognize(doc, t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.unknownHeadings).toEqual([]);
  });

  it('tolerates small wording differences in titles', () => {
    const o = outlineOf({
      mutations: [
        { kind: 'renameSection', section: 'P2.III.1', title: 'Tăng cường lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát chuyển đổi số' },
        { kind: 'renameSection', section: 'P2.IV.5', title: 'Bảo đảm nguồn lực tài chính' },
        { kind: 'renameSection', section: 'P1.II.8', title: 'Kinh tế số, xã hội số' },
      ],
    });
    expect(o.sections.map((s) => s.id)).toEqual(ids);
  });

  it('reports a misplaced section under the section it was found in', () => {
    const o = outlineOf({ mutations: [{ kind: 'moveSection', section: 'P2.III.6', under: 'P2.IV' }] });
    expect(misplaced(o)).toEqual([['P2.III.6', 'P2.IV']]);
  });

  it('tells same-titled sections apart by position ("6. An toàn thông tin mạng" in Phần I and II)', () => {
    const o = outlineOf();
    const atn = o.sections.filter((s) => s.headingText === '6. An toàn thông tin mạng');
    expect(atn.map((s) => s.id)).toEqual(['P1.II.6', 'P2.III.6']);
  });

  it('lists a duplicated section twice and a dropped one not at all', () => {
    const o = outlineOf({
      mutations: [
        { kind: 'duplicateSection', section: 'P2.V' },
        { kind: 'dropSection', section: 'P1.II.4' },
      ],
    });
    const found = o.sections.map((s) => s.id);
    expect(found.filter((x) => x === 'P2.V')).toHaveLength(2);
    expect(found).not.toContain('P1.II.4');
  });

  it('reports headings that match nothing as unknown, and keeps their text as content', () => {
    const o = outlineOf({ mutations: [{ kind: 'unknownHeading', after: 'P2.VI', number: 'VII', title: 'KIẾN NGHỊ, ĐỀ XUẤT', level: 1 }] });
    expect(o.unknownHeadings.map((u) => u.text)).toEqual(['VII. KIẾN NGHỊ, ĐỀ XUẤT']);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
  });

  it('reads "3." as III when the title says it is a roman-level section', () => {
    const doc = buildCleanPlanModel();
    const p = findPara(doc, 'III. NHIỆM VỤ');
    (p.inlines[0] as { text: string }).text = '3. NHIỆM VỤ';
    const o = recognize(doc, t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
  });

  it('joins "PHẦN I" with the title on the next line', () => {
    const g = new IdGen();
    const bold = { props: { runDefaults: { bold: true } } };
    const doc: DocumentModel = {
      body: [
        para(g.next(), 'PHẦN I', bold),
        para(g.next(), 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025', bold),
        para(g.next(), 'I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2025', bold),
        para(g.next(), 'Nội dung.'),
      ],
      sections: [],
      defaults: {},
    };
    const o = recognize(doc, t);
    expect(o.sections.map((s) => [s.id, s.headingText])).toEqual([
      ['P1', 'PHẦN I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025'],
      ['P1.I', 'I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2025'],
    ]);
    expect(o.sections[0]!.headingContinuationIds).toEqual(['b1']);
    expect(o.sections[1]!.contentBlockIds).toEqual(['b3']);
  });

  it("takes bold numbered sub-headings inside an undivided section for the plan's own structure", () => {
    const doc = buildCleanPlanModel();
    const v = doc.body.findIndex((b) => b.kind === 'paragraph' && (b.inlines[0] as { text: string }).text === 'V. TỔ CHỨC THỰC HIỆN');
    const g = new IdGen();
    const bold = { props: { runDefaults: { bold: true } } };
    doc.body.splice(v + 1, 0, para(`x${g.next()}`, '1. Sở Khoa học và Công nghệ', bold), para(`x${g.next()}`, 'Chủ trì, theo dõi, đôn đốc.'));
    const o = recognize(doc, t);
    expect(o.unknownHeadings).toEqual([]);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.sections.find((s) => s.id === 'P2.V')!.contentBlockIds.slice(0, 2)).toEqual(['xb0', 'xb1']);
  });

  it('stops matching sections at an appendix, keeping its tables under the last section', () => {
    const doc = buildCleanPlanModel();
    const g = new IdGen();
    const bold = { props: { runDefaults: { bold: true } } };
    const tasks = doc.body.filter((b) => b.kind === 'table').at(-1)!;
    doc.body.push(para(`x${g.next()}`, 'PHỤ LỤC I', bold), para(`x${g.next()}`, 'I. NHIỆM VỤ', bold), para(`x${g.next()}`, 'II. DANH MỤC DỰ ÁN ĐẦU TƯ', bold), {
      ...tasks,
      id: 'appendix-table',
    });
    const o = recognize(doc, t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.unknownHeadings).toEqual([]);
    expect(o.sections.at(-1)!.contentBlockIds).toContain('appendix-table');
  });

  it('takes a bold "Phụ lục" caption before the end for a caption, not the start of the appendices', () => {
    const doc = buildCleanPlanModel({ mutations: [{ kind: 'setBody', section: 'P2.II.2', paragraphs: ['Phụ lục I. Các chỉ tiêu cụ thể năm 2026'] }] });
    const at = doc.body.findIndex((b) => b.kind === 'paragraph' && (b.inlines[0] as { text: string }).text.startsWith('Phụ lục I.'));
    (doc.body[at] as { props: object }).props = { runDefaults: { bold: true } };
    expect(recognize(doc, t).sections.map((s) => s.id)).toEqual(ids);
  });

  it('does not take numbered body text or the preamble for headings', () => {
    const doc = buildCleanPlanModel({
      mutations: [
        {
          kind: 'setBody',
          section: 'P2.V',
          paragraphs: ['1. Sở Khoa học và Công nghệ chủ trì, theo dõi việc thực hiện Kế hoạch.', '2. Các sở, ngành bố trí kinh phí thực hiện.'],
        },
      ],
    });
    const o = recognize(doc, t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.unknownHeadings).toEqual([]);
  });

  it('gives each section its own blocks, tables included, up to the next heading', () => {
    const o = outlineOf();
    const p2ii2 = o.sections.find((s) => s.id === 'P2.II.2')!;
    expect(p2ii2.contentBlockIds).toHaveLength(2); // intro paragraph + indicator table
    const p1 = o.sections.find((s) => s.id === 'P1')!;
    expect(p1.contentBlockIds).toEqual([]);
  });

  it('works with another template version registered as data', () => {
    const g = new IdGen();
    const b = { props: { runDefaults: { bold: true } } };
    const doc: DocumentModel = {
      body: [
        para(g.next(), 'Phần I. KẾT QUẢ NĂM 2026', b),
        para(g.next(), 'I. KẾT QUẢ CHUNG', b),
        para(g.next(), 'Phần II. KẾ HOẠCH NĂM 2027', b),
        para(g.next(), 'II. NHIỆM VỤ', b),
      ],
      sections: [],
      defaults: {},
    };
    const o = recognize(doc, tinyTemplate);
    expect(o.templateVersion).toBe('test-2027');
    expect(o.sections.map((s) => [s.id, s.foundUnder])).toEqual([
      ['P1', null],
      ['P1.I', 'P1'],
      ['P2', null],
      ['P2.II', 'P2'],
    ]);
  });

  it('runs in linear-ish time on a 3,000-paragraph plan', () => {
    const doc = buildCleanPlanModel({ size: { extraParagraphs: 65, indicators: 200, taskRows: 500 } });
    recognize(doc, t);
    const t0 = performance.now();
    const o = recognize(doc, t);
    const ms = performance.now() - t0;
    expect(o.sections).toHaveLength(ids.length);
    expect(ms).toBeLessThan(3000); // generous for shared machines; ~30 ms unloaded
  });
});

describe('recognize (structured documents)', () => {
  it('reads sections from their cds:section controls, with controls and parents', () => {
    const o = outlineOf({ form: 'structured' });
    expect(o.structured).toBe(true);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.sections.every((s) => s.via === 'control' && s.controlId)).toBe(true);
    expect(misplaced(o)).toEqual([]);
    const p1ii3 = o.sections.find((s) => s.id === 'P1.II.3')!;
    expect(p1ii3.headingText).toBe('3. Hạ tầng số');
    expect(p1ii3.contentBlockIds).toHaveLength(5); // a) label + 2 paragraphs, b) label + 1 paragraph
  });

  it('reports a section control moved into another section under that section', () => {
    const o = outlineOf({ form: 'structured', mutations: [{ kind: 'moveSection', section: 'P2.V', under: 'P2.IV' }] });
    expect(misplaced(o)).toEqual([['P2.V', 'P2.IV']]);
  });
});

function findPara(doc: DocumentModel, text: string) {
  for (const b of doc.body) if (b.kind === 'paragraph' && (b.inlines[0] as { text: string }).text === text) return b;
  throw new Error(`no paragraph ${text}`);
}

describe('recognize (partly structured documents)', () => {
  it('finds a section whose control was removed from its heading, in document order', () => {
    const doc = buildCleanPlanModel({ form: 'structured' });
    // Unwrap the P2.V control, as Word's "Remove content control" does.
    const unwrap = (blocks: DocumentModel['body']): DocumentModel['body'] =>
      blocks.flatMap((b) => (b.kind === 'blockControl' ? (b.cc.tag === 'cds:section:P2.V' ? b.children : [{ ...b, children: unwrap(b.children) }]) : [b]));
    doc.body = unwrap(doc.body);
    const o = recognize(doc, t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    const v = o.sections.find((s) => s.id === 'P2.V')!;
    expect(v.via).toBe('heading');
    expect(v.contentBlockIds).toHaveLength(2);
    expect(o.sections.find((s) => s.id === 'P2')!.contentBlockIds.filter((id) => v.contentBlockIds.includes(id))).toEqual([]);
  });
});

describe('recognize (wording people add)', () => {
  it('accepts an added year ("Mục tiêu chung năm 2026") and a dropped one ("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ")', () => {
    const o = outlineOf({
      mutations: [
        { kind: 'renameSection', section: 'P2.II.1', title: 'Mục tiêu chung năm 2026' },
        { kind: 'renameSection', section: 'P1.II', title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ' },
      ],
    });
    expect(o.sections.map((s) => s.id)).toEqual(ids);
  });

  it('does not take a heading naming another year for the section', () => {
    const o = outlineOf({ mutations: [{ kind: 'renameSection', section: 'P1.I', title: 'TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024' }] });
    expect(o.sections.map((s) => s.id)).not.toContain('P1.I');
    expect(o.unknownHeadings.map((u) => u.text)).toEqual(['I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024']);
  });
});

describe('recognize (a hand-typed plan)', () => {
  it('finds every section: "PHẦN THỨ NHẤT" over its title, bold headings without styles, header in a table', () => {
    const o = recognize(buildHandTypedPlanModel(), t);
    expect(o.sections.map((s) => s.id)).toEqual(ids);
    expect(o.sections[0]!.headingText).toBe('PHẦN THỨ NHẤT ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025');
    expect(misplaced(o)).toEqual([]);
    expect(o.unknownHeadings).toEqual([]);
  });
});
