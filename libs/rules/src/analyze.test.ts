import { describe, expect, it } from 'vitest';
import { CatalogEntrySchema, sampleCatalog } from '@cds/plan';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze } from './analyze.js';
import { allRules } from './registry.js';

describe('analyze', () => {
  it('reads the agency kind from the document and lets an option override it', () => {
    const doc = buildCleanPlanModel({ agencyKind: 'central' });
    expect(analyze(doc).agencyKind).toBe('central');
    expect(analyze(doc, { agencyKind: 'province' }).agencyKind).toBe('province');
    expect(analyze(doc, { agencyKind: 'province' }).plan.agency.kind).toBe('province');
    expect(analyze(doc).plan.agency.kind).toBe('central');
  });

  it('summarises every template section with its finding counts', () => {
    const a = analyze(
      buildCleanPlanModel({
        mutations: [
          { kind: 'dropSection', section: 'P2.V' },
          { kind: 'unquantifiedTarget', row: 0 },
        ],
      }),
    );
    const byId = new Map(a.sections.map((s) => [s.id, s]));
    expect(a.sections).toHaveLength(a.outline.sections.length + 1);
    expect(byId.get('P2.V')).toMatchObject({ present: false, blockId: null, error: 1, heading: 'V. TỔ CHỨC THỰC HIỆN' });
    expect(byId.get('P2.II.2')).toMatchObject({ present: true, error: 1, warning: 0 });
    expect(byId.get('P2.II.2')!.blockId).toBe(a.outline.sections.find((s) => s.id === 'P2.II.2')!.headingBlockId);
  });

  it('lists findings in template order of their section', () => {
    const a = analyze(
      buildCleanPlanModel({
        mutations: [
          { kind: 'dropCitation', document: 'NQ71' },
          { kind: 'emptyItem', section: 'P1.II.3', part: 'results' },
        ],
      }),
    );
    expect(a.findings.map((f) => f.section)).toEqual(['P1.II.3', 'P2.I']);
  });

  it('checks only the catalogue entries assigned to the agency kind', () => {
    const provinceOnly = CatalogEntrySchema.parse({ code: 'P-ONLY', name: 'Tỷ lệ xã có điểm phục vụ bưu chính', unit: '%', appliesTo: 'province' });
    const doc = buildCleanPlanModel({ agencyKind: 'central' });
    expect(analyze(doc, { catalog: [...sampleCatalog.entries, provinceOnly] }).findings).toEqual([]);
    expect(analyze(doc, { catalog: [...sampleCatalog.entries, provinceOnly], agencyKind: 'province' }).findings.map((f) => f.rule)).toContain(
      'indicator-catalog-uncovered',
    );
  });

  it('runs only the rules it is given', () => {
    const doc = buildCleanPlanModel({ mutations: [{ kind: 'dropSection', section: 'P2.V' }] });
    const only = allRules.filter((r) => r.id !== 'section-missing');
    expect(analyze(doc, { rules: only }).findings).toEqual([]);
  });
});
