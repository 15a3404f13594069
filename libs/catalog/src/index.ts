export { parseCatalog, parseAppliesTo, type CatalogParseResult, type CatalogProblem } from './parse.js';
export { entriesFor } from './assigned.js';
export { CATALOG_COLUMNS } from './columns.js';
