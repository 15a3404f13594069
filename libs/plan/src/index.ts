export * from './schema.js';
export * from './catalog.js';
export type * from './outline.js';
export { sampleCatalog } from './catalog-sample.js';
export { assignedEntries } from './catalog-assign.js';
