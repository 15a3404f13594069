import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '@cds/model';
import { CatalogEntrySchema, assignedEntries, sampleCatalog } from '@cds/plan';
import { buildCleanPlanModel, type CleanPlanOptions, type Mutation } from '@cds/testing';
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

const blocking = (doc: DocumentModel, o: AnalyzeOptions = {}) =>
  analyze(doc, { catalog, ...o }).findings.filter((f) => !f.ignored && f.severity !== 'info');

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
  ['an area without result, timeline or unit', [{ kind: 'setBody', section: 'P2.III.5', paragraphs: ['Phát triển dữ liệu số của tỉnh.'] }], ['error task-area-incomplete']],
  ['infrastructure stopping at the province', [{ kind: 'setBody', section: 'P2.III.3', paragraphs: ['- Nội dung: Nâng cấp trung tâm dữ liệu của tỉnh; kết quả: hoàn thành 100%; thời gian: Quý IV/2026; đơn vị thực hiện: Sở Khoa học và Công nghệ.'] }], ['error infra-commune-level']],
  ['an empty section', [{ kind: 'setBody', section: 'P2.V', paragraphs: [] }], ['error section-empty']],
  ['a task row without effectiveness', [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 0, column: 'effectiveness', text: '' }], ['error task-row-incomplete']],
  ['an unreadable amount', [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 1, column: 'amount', text: 'theo dự toán được duyệt' }], ['error task-amount-unparsed']],
  ['an impossible task deadline', [{ kind: 'setCell', table: 'tasks', section: 'P2.VI', row: 1, column: 'deadline', text: 'Quý V/2026' }], ['error task-deadline-invalid']],
  ['TCVN3 text', [{ kind: 'setBody', section: 'P2.V', paragraphs: [encodeLegacy('Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai kế hoạch.', 'tcvn3')] }], ['warning legacy-encoding']],
];

describe('a plan with one defect', () => {
  for (const form of FORMS)
    for (const [name, mutations, expected] of CASES)
      it(`${name} (${form}) → ${expected.join(', ')}`, () => {
        const found = blocking(buildCleanPlanModel({ form, mutations }));
        expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(expected);
      });
});
