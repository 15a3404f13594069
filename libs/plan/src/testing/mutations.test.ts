import { describe, expect, it } from 'vitest';
import { displayText, paragraphs, tables } from '@cds/model';
import type { DocumentModel } from '@cds/model';
import { getTemplate, headingOf, sectionById } from '@cds/template';
import { buildCleanPlanModel } from './clean-plan.js';
import type { Mutation } from './mutations.js';

const t = getTemplate();
const lines = (doc: DocumentModel) => [...paragraphs(doc.body)].filter((c) => !c.table).map((c) => displayText(c.paragraph));
const cells = (doc: DocumentModel) => [...tables(doc.body)].flatMap((tb) => tb.rows.flatMap((r) => r.cells.map((c) => displayText(c.blocks[0] as never))));
const build = (...mutations: Mutation[]) => buildCleanPlanModel({ mutations });
const heading = (id: string) => headingOf(sectionById(t, id)!);

describe('plan mutators', () => {
  it('drops, duplicates and swaps sections', () => {
    expect(lines(build({ kind: 'dropSection', section: 'P2.V' }))).not.toContain(heading('P2.V'));
    expect(lines(build({ kind: 'duplicateSection', section: 'P2.V' })).filter((l) => l === heading('P2.V'))).toHaveLength(2);
    const swapped = lines(build({ kind: 'swapSections', a: 'P2.IV', b: 'P2.V' }));
    expect(swapped.indexOf(heading('P2.V'))).toBeLessThan(swapped.indexOf(heading('P2.IV')));
  });

  it('moves a section under another one', () => {
    const l = lines(build({ kind: 'moveSection', section: 'P2.III.6', under: 'P2.IV' }));
    expect(l.indexOf('6. An toàn thông tin mạng', l.indexOf(heading('P2.IV')))).toBeGreaterThan(l.indexOf(heading('P2.IV.6')));
  });

  it('empties, drops and placeholders a)/b) items', () => {
    const empty = lines(build({ kind: 'emptyItem', section: 'P1.II.3', part: 'results' }));
    const at = empty.indexOf(heading('P1.II.3'));
    expect(empty.slice(at + 1, at + 3)).toEqual(['a) Kết quả đạt được:', 'b) Tồn tại, hạn chế:']);
    const dropped = lines(build({ kind: 'dropItem', section: 'P1.II.3', part: 'shortcomings' }));
    expect(dropped[dropped.indexOf(heading('P1.II.3')) + 4]).toBe(heading('P1.II.4'));
    const ph = lines(build({ kind: 'placeholder', section: 'P1.II.3', part: 'results' }));
    expect(ph[ph.indexOf(heading('P1.II.3')) + 2]).toBe('[...]');
  });

  it('leaves MST guidance verbatim', () => {
    const l = lines(build({ kind: 'guidanceVerbatim', section: 'P2.III.3' }));
    expect(l[l.indexOf(heading('P2.III.3'), l.indexOf(heading('P2.III'))) + 1]).toBe(sectionById(t, 'P2.III.3')!.guidance![0]);
  });

  it('writes unquantified targets, bad deadlines and arbitrary cells', () => {
    const c = cells(
      build(
        { kind: 'unquantifiedTarget', row: 0 },
        { kind: 'badDeadline', row: 1 },
        { kind: 'setCell', table: 'tasks', row: 0, column: 'amount', text: 'khoảng vài tỷ' },
      ),
    );
    expect(c).toContain('nâng cao');
    expect(c).toContain('Quý V/2026');
    expect(c).toContain('khoảng vài tỷ');
  });

  it('gets a citation date wrong or drops the citation', () => {
    const wrong = lines(build({ kind: 'wrongCitationDate', document: 'NQ71', date: '01/5/2025' }));
    expect(wrong).toContain('- Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ;');
    expect(wrong.join('\n')).not.toMatch(/71\/NQ-CP ngày 01\/4\/2025/);
    expect(lines(build({ kind: 'dropCitation', document: 'NQ57' })).join('\n')).not.toMatch(/57-NQ\/TW/);
  });

  it('adds an unknown heading and renames a section', () => {
    const l = lines(
      build(
        { kind: 'unknownHeading', after: 'P2.V', number: 'VII', title: 'KIẾN NGHỊ, ĐỀ XUẤT', level: 1 },
        { kind: 'renameSection', section: 'P2.III.4', title: 'Phát triển nhân lực số' },
      ),
    );
    expect(l).toContain('VII. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(l).toContain('4. Phát triển nhân lực số');
  });

  it('refuses a mutation that names a section the plan does not have', () => {
    expect(() => build({ kind: 'dropSection', section: 'P9' })).toThrow(/P9/);
  });
});
