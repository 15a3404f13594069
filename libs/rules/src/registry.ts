import type { Rule } from './rule.js';
import { sectionMissing } from './rules/section-missing/index.js';
import { sectionDuplicate } from './rules/section-duplicate/index.js';
import { sectionOrder } from './rules/section-order/index.js';
import { sectionMisplaced } from './rules/section-misplaced/index.js';
import { sectionEmpty } from './rules/section-empty/index.js';
import { headingUnknown } from './rules/heading-unknown/index.js';
import { itemMissing } from './rules/item-missing/index.js';
import { itemEmpty } from './rules/item-empty/index.js';
import { guidanceLeft } from './rules/guidance-left/index.js';
import { placeholderLeft } from './rules/placeholder-left/index.js';
import { indicatorTableMissing } from './rules/indicator-table-missing/index.js';
import { tableColumnMissing } from './rules/table-column-missing/index.js';
import { indicatorFieldMissing } from './rules/indicator-field-missing/index.js';
import { indicatorUnitMissing } from './rules/indicator-unit-missing/index.js';
import { indicatorTargetUnquantified } from './rules/indicator-target-unquantified/index.js';
import { indicatorTarget2030Missing } from './rules/indicator-target-2030-missing/index.js';
import { indicatorDeadlineInvalid } from './rules/indicator-deadline-invalid/index.js';
import { indicatorCatalogUncovered } from './rules/indicator-catalog-uncovered/index.js';
import { taskAreaIncomplete } from './rules/task-area-incomplete/index.js';
import { infraCommuneLevel } from './rules/infra-commune-level/index.js';
import { taskRowIncomplete } from './rules/task-row-incomplete/index.js';
import { taskAmountUnparsed } from './rules/task-amount-unparsed/index.js';
import { taskDeadlineInvalid } from './rules/task-deadline-invalid/index.js';
import { legalBasisRequired } from './rules/legal-basis-required/index.js';
import { legalBasisWrongDate } from './rules/legal-basis-wrong-date/index.js';
import { legalBasisWrongNumber } from './rules/legal-basis-wrong-number/index.js';
import { agencyMismatch } from './rules/agency-mismatch/index.js';
import { trackedChanges } from './rules/tracked-changes/index.js';
import { legacyEncoding } from './rules/legacy-encoding/index.js';
import { formatUnicode } from './rules/format-unicode/index.js';
import { formatFont } from './rules/format-font/index.js';
import { formatPage } from './rules/format-page/index.js';
import { formatMargins } from './rules/format-margins/index.js';
import { formatBody } from './rules/format-body/index.js';
import { formatHeadings } from './rules/format-headings/index.js';
import { formatPageNumber } from './rules/format-page-number/index.js';

/** Every rule, in the order findings are listed. Rule ids are stable (they are saved in ignores). */
export const allRules: readonly Rule[] = [
  // Structure
  sectionMissing,
  sectionDuplicate,
  sectionOrder,
  sectionMisplaced,
  sectionEmpty,
  headingUnknown,
  // Content
  itemMissing,
  itemEmpty,
  guidanceLeft,
  placeholderLeft,
  // Indicators (P2.II.2)
  indicatorTableMissing,
  tableColumnMissing,
  indicatorFieldMissing,
  indicatorUnitMissing,
  indicatorTargetUnquantified,
  indicatorTarget2030Missing,
  indicatorDeadlineInvalid,
  indicatorCatalogUncovered,
  // Tasks (P2.III, P2.VI)
  taskAreaIncomplete,
  infraCommuneLevel,
  taskRowIncomplete,
  taskAmountUnparsed,
  taskDeadlineInvalid,
  // Legal basis (P2.I)
  legalBasisRequired,
  legalBasisWrongDate,
  legalBasisWrongNumber,
  // The document as a whole
  agencyMismatch,
  trackedChanges,
  // Format (Nghị định 30/2020/NĐ-CP, TCVN 6909:2001)
  legacyEncoding,
  formatUnicode,
  formatFont,
  formatPage,
  formatMargins,
  formatBody,
  formatHeadings,
  formatPageNumber,
];

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
