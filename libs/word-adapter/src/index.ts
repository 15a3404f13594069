/**
 * `@cds/word-adapter`: every `Word.run` of the add-in. Plain async functions taking
 * and returning plain data, so the React pane and the ES5 compatibility pane call the
 * same code and never touch the `Word` global. Written against `@types/office-js`
 * only: it runs unchanged on real Word and on the in-memory host.
 *
 * Baseline WordApi 1.3 plus the common APIs; everything above is detected at run
 * time (`detectCapabilities`) and used as progressive enhancement.
 */
export * from './types.js';
export { detectCapabilities, webviewFromUserAgent } from './capabilities.js';
export { readDocument, type WordReading } from './read.js';
export { validateDocument, type Validation, type ValidateOptions, type LocatedFinding } from './validate.js';
export { createIncrementalAnalyzer, type IncrementalAnalyzer } from './incremental.js';
export {
  insertFramework,
  insertSection,
  insertItems,
  insertIndicatorRows,
  insertTaskRows,
  insertProject2025Rows,
  type InsertFrameworkOptions,
} from './insert.js';
export { previewAdoption, adoptDocument } from './adopt.js';
export { selectPlace, selectFinding, placeOf } from './locate.js';
export { applyQuickFix, hasQuickFix } from './fix.js';
export { saveIgnore, removeIgnore, readDocumentIgnores } from './ignores.js';
export { markFindings, clearMarks, MARK_HIGHLIGHTS, type MarkOptions, type MarkResult } from './marks.js';
export { subscribeChangeHints } from './changes.js';
export { runDiagnostics } from './diagnostics.js';
export { frameworkModel, sectionModel, itemsModel, indicatorRowsModel, taskRowsModel, project2025RowsModel } from './blocks/index.js';
