export { parseCatalog, parseAppliesTo, type CatalogParseResult, type CatalogProblem } from './parse.js';
export { CATALOG_COLUMNS } from './columns.js';
