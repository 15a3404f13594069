import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '@cds/model';
import { CatalogEntrySchema, assignedEntries, sampleCatalog } from '@cds/plan';
import { buildCleanPlanModel, buildHandTypedPlanModel, type CleanPlanOptions, type Mutation } from '@cds/plan/testing';
import { encodeLegacy } from '@cds/vn';
import { analyze, type AnalyzeOptions } from './analyze.js';

/**
 * The whole pipeline (recognize → extract → rules) over generated plans: a clean
 * plan gives no error and no format warning, in every layout; each deliberate
 * defect gives exactly the rule that names it.
 */
const KINDS = ['province', 'central'] as const;
const FORMS = ['plain', 'structured'] as const;
const catalog = sampleCatalog.entries;

const blocking = (doc: DocumentModel, o: AnalyzeOptions = {}) => analyze(doc, { catalog, ...o }).findings.filter((f) => !f.ignored && f.severity !== 'info');

describe('a clean plan', () => {
  for (const agencyKind of KINDS)
    for (const form of FORMS)
      it(`gives no errors and no warnings (${agencyKind}, ${form})`, () => {
        const a = analyze(buildCleanPlanModel({ agencyKind, form }), { catalog });
        expect(a.agencyKind).toBe(agencyKind);
        expect(a.findings).toEqual([]);
        expect(a.sections.every((s) => s.present)).toBe(true);
      });

  it.each<CleanPlanOptions>([
    { numbering: 'automatic' },
    { headingCase: 'upper' },
    { romanSeparator: '-' },
    { agencyKind: 'central', form: 'structured', numbering: 'automatic' },
  ])('stays clean when laid out differently: %j', (options) => {
    expect(blocking(buildCleanPlanModel(options))).toEqual([]);
  });

  it('stays clean when typed by hand (bold unstyled headings, "PHẦN THỨ NHẤT" over its title, merged table headers)', () => {
    const a = analyze(buildHandTypedPlanModel(), { catalog });
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('stays clean in NFD, with only an info note about it', () => {
    const a = analyze(buildCleanPlanModel({ nfd: true }), { catalog });
    expect(a.findings.map((f) => [f.rule, f.severity])).toEqual([['format-unicode', 'info']]);
  });
});

/** Rules (with severities) a defect must produce, and nothing else. */
const CASES: Array<[string, Mutation[], string[]]> = [
  ['a missing section', [{ kind: 'dropSection', section: 'P2.V' }], ['error section-missing']],
  ['a duplicated section', [{ kind: 'duplicateSection', section: 'P2.III.6' }], ['error section-duplicate']],
  ['two swapped sections', [{ kind: 'swapSections', a: 'P1.II.3', b: 'P1.II.4' }], ['error section-order']],
  ['an empty a) item', [{ kind: 'emptyItem', section: 'P1.II.3', part: 'results' }], ['error item-empty']],
  ['a dropped b) item', [{ kind: 'dropItem', section: 'P1.II.5', part: 'shortcomings' }], ['error item-missing']],
  ['a placeholder item', [{ kind: 'placeholder', section: 'P1.II.6', part: 'results' }], ['error item-empty']],
  ['a placeholder section', [{ kind: 'placeholder', section: 'P2.V' }], ['error placeholder-left']],
  ['guidance left as an area', [{ kind: 'guidanceVerbatim', section: 'P2.III.4' }], ['error guidance-left']],
  ['guidance left beside the indicator table', [{ kind: 'guidanceVerbatim', section: 'P2.II.2' }], ['warning guidance-left']],
  ['an unquantified target', [{ kind: 'unquantifiedTarget', row: 1 }], ['error indicator-target-unquantified']],
  ['an impossible deadline', [{ kind: 'badDeadline', row: 2 }], ['error indicator-deadline-invalid']],
  ['an ongoing deadline', [{ kind: 'badDeadline', row: 2, text: 'Thường xuyên' }], ['warning indicator-deadline-invalid']],
  ['an indicator without a method', [{ kind: 'setCell', table: 'indicators', row: 0, column: 'method', text: '' }], ['error indicator-field-missing']],
  ['an indicator without a unit', [{ kind: 'setCell', table: 'indicators', row: 0, column: 'unit', text: '' }], ['error indicator-unit-missing']],
  ['a wrong citation date', [{ kind: 'wrongCitationDate', document: 'NQ71', date: '01/5/2025' }], ['error legal-basis-wrong-date']],
  ['a missing citation', [{ kind: 'dropCitation', document: 'NQ57' }], ['error legal-basis-required']],
  [
    'an area without result, timeline or unit',
    [{ kind: 'setBody', section: 'P2.III.5', paragraphs: ['Phát triển dữ liệu số của tỉnh.'] }],
    ['error task-area-incomplete'],
  ],
  [
    'infrastructure stopping at the province',
    [
      {
        kind: 'setBody',
        section: 'P2.III.3',
        paragraphs: [
          '- Nội dung: Nâng cấp trung tâm dữ liệu của tỉnh; kết quả: hoàn thành 100%; thời gian: Quý IV/2026; đơn vị thực hiện: Sở Khoa học và Công nghệ.',
        ],
      },
    ],
    ['error infra-commune-level'],
  ],
  ['an empty section', [{ kind: 'setBody', section: 'P2.V', paragraphs: [] }], ['error section-empty']],
  [
    'a task row without effectiveness',
    [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 0, column: 'effectiveness', text: '' }],
    ['error task-row-incomplete'],
  ],
  [
    'an unreadable amount',
    [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 1, column: 'amount', text: 'theo dự toán được duyệt' }],
    ['error task-amount-unparsed'],
  ],
  [
    'an impossible task deadline',
    [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 1, column: 'deadline', text: 'Quý V/2026' }],
    ['error task-deadline-invalid'],
  ],
  [
    'TCVN3 text',
    [
      {
        kind: 'setBody',
        section: 'P2.V',
        paragraphs: [encodeLegacy('Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai kế hoạch.', 'tcvn3')],
      },
    ],
    ['warning legacy-encoding'],
  ],
];

describe('a plan with one defect', () => {
  for (const form of FORMS)
    for (const [name, mutations, expected] of CASES)
      it(`${name} (${form}) → ${expected.join(', ')}`, () => {
        const found = blocking(buildCleanPlanModel({ form, mutations }));
        expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(expected);
        // Every message is filled in: no "{placeholder}" left, and it names a place or a value.
        for (const f of found) expect(f.message).not.toMatch(/\{\w+\}/);
      });
});

/** Applies `f` to every paragraph of the model (in place). */
function eachParagraph(blocks: Block[], f: (p: Extract<Block, { kind: 'paragraph' }>) => void): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') f(b);
    else if (b.kind === 'blockControl') eachParagraph(b.children, f);
    else for (const r of b.rows) for (const c of r.cells) eachParagraph(c.blocks, f);
  }
}

describe('a plan with one defect outside the mutators', () => {
  it.each(FORMS)('a section moved under another parent → section-misplaced (%s)', (form) => {
    const doc = buildCleanPlanModel({ form, mutations: [{ kind: 'moveSection', section: 'P2.III.3', under: 'P2.IV' }] });
    expect(blocking(doc).map((f) => `${f.severity} ${f.rule} ${f.section}`)).toEqual(['error section-misplaced P2.III.3']);
  });

  it('a ministry whose infrastructure stops at the ministry → infra-commune-level', () => {
    const text =
      '- Nội dung: Nâng cấp trung tâm dữ liệu của Bộ; kết quả: hoàn thành 100%; thời gian: Quý IV/2026; đơn vị thực hiện: Trung tâm Công nghệ thông tin.';
    const doc = buildCleanPlanModel({ agencyKind: 'central', mutations: [{ kind: 'setBody', section: 'P2.III.3', paragraphs: [text] }] });
    expect(blocking(doc).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error infra-commune-level']);
    expect(blocking(doc)[0]!.message).toContain('đơn vị trực thuộc');
  });

  it('a heading the template does not know → one heading-unknown note', () => {
    const doc = buildCleanPlanModel({ mutations: [{ kind: 'unknownHeading', after: 'P2.V', number: 'VII', title: 'KIẾN NGHỊ, ĐỀ XUẤT', level: 1 }] });
    expect(analyze(doc, { catalog }).findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info heading-unknown']);
  });

  it('no indicator table → indicator-table-missing', () => {
    const doc = buildCleanPlanModel();
    const strip = (blocks: Block[]): Block[] =>
      blocks.flatMap((b): Block[] =>
        b.kind === 'table' && b.rows[0]?.cells.some((c) => /Đơn vị tính/.test(JSON.stringify(c.blocks)))
          ? []
          : b.kind === 'blockControl'
            ? [{ ...b, children: strip(b.children) }]
            : [b],
      );
    doc.body = strip(doc.body);
    expect(blocking(doc, { catalog: null }).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error indicator-table-missing']);
  });

  it('a catalogue entry the plan does not cover → indicator-catalog-uncovered', () => {
    const extra = CatalogEntrySchema.parse({ code: 'X-1', name: 'Tỷ lệ trường học có kết nối Internet cáp quang', unit: '%', appliesTo: 'all' });
    const found = blocking(buildCleanPlanModel(), { catalog: [...catalog, extra] });
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error indicator-catalog-uncovered']);
    expect(found[0]!.message).toContain('X-1');
  });

  it('a 2030 target missing where the catalogue asks for one → indicator-target-2030-missing', () => {
    const assigned = assignedEntries(catalog, 'province');
    const strict = assigned.map((e, i) => (i === 0 ? { ...e, requires2030: true } : e));
    const doc = buildCleanPlanModel({ catalog: assigned, mutations: [{ kind: 'setCell', table: 'indicators', row: 0, column: 'target2030', text: '' }] });
    expect(blocking(doc, { catalog: strict }).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error indicator-target-2030-missing']);
  });

  it('Arial everywhere → one format-font warning', () => {
    const doc = buildCleanPlanModel();
    eachParagraph(doc.body, (p) => {
      for (const i of p.inlines) if (i.kind === 'run') i.props = { ...i.props, font: 'Arial' };
    });
    expect(blocking(doc).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning format-font']);
  });

  it('Word default page setup → format-margins and format-page-number only', () => {
    const doc = buildCleanPlanModel();
    const { pageNumber: _, ...page } = doc.sections[0]!;
    doc.sections = [{ ...page, margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 31.8, rightMm: 31.8 } }];
    expect(blocking(doc).map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning format-margins', 'warning format-page-number']);
  });

  it('left-aligned body text → one format-body warning', () => {
    const doc = buildCleanPlanModel();
    eachParagraph(doc.body, (p) => {
      if (p.props?.alignment === 'justify' && !p.props.runDefaults?.bold) p.props = { ...p.props, alignment: 'left' };
    });
    const found = blocking(doc);
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning format-body']);
    expect(found[0]!.message).toMatch(/\d+ đoạn căn khác: trái/);
  });

  it('headings not bold → format-headings warnings, one per heading kind', () => {
    const doc = buildCleanPlanModel();
    eachParagraph(doc.body, (p) => {
      if (p.props?.runDefaults?.bold) {
        p.props = { ...p.props, runDefaults: { ...p.props.runDefaults, bold: false } };
        for (const i of p.inlines) if (i.kind === 'run') i.props = { ...i.props, bold: false };
      }
    });
    const found = blocking(doc);
    expect(new Set(found.map((f) => `${f.severity} ${f.rule}`))).toEqual(new Set(['warning format-headings']));
    expect(found).toHaveLength(3);
  });
});
