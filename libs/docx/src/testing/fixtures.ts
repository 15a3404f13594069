/**
 * Hand-built OOXML bodies for the cases real documents throw at a reader: split
 * runs, NFD text, tracked changes, fields, spell-check marks, bookmarks, text
 * boxes. Shared by the reader's unit tests and the LibreOffice agreement test.
 */
import { p } from './ooxml.js';

const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const fld = (instr: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

export const FIXTURES: Record<string, string> = {
  splitRuns: `<w:p>${r('Kế ho')}<w:proofErr w:type="spellStart"/>${r('ạch')}<w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="_Toc1"/>${r(' chuyển')}<w:bookmarkEnd w:id="0"/>${r(' đổi số')}</w:p>`,
  nfd: p('Phần II. NỘI DUNG KẾ HOẠCH'.normalize('NFD')) + `<w:p>${r('Mục tiê'.normalize('NFD'))}${r('u chung'.normalize('NFD'))}</w:p>`,
  trackedChanges:
    `<w:p>${r('Năm ')}<w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>2025</w:delText></w:r></w:del>` +
    `<w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">${r('2026')}</w:ins>${r(' kế hoạch')}</w:p>`,
  fields:
    `<w:p>${r('Xem ')}<w:hyperlink w:anchor="_Toc1">${r('mục I')}</w:hyperlink>${r(' và ')}${fld(' REF _Toc1 \\h ', 'mục II')}` +
    `${r(', ')}<w:fldSimple w:instr=" REF _Toc2 ">${r('mục III')}</w:fldSimple></w:p>`,
  /** A field LibreOffice recalculates on load (Word shows the stored result until updated). */
  dateField: `<w:p>${r('Ngày ')}${fld(' DATE \\@ "dd/MM/yyyy" ', '15/03/2026')}</w:p>`,
  breaksAndTabs: `<w:p><w:r><w:t>Cột 1</w:t><w:tab/><w:t>Cột 2</w:t><w:br/><w:t>Dòng 2</w:t></w:r></w:p>`,
};
