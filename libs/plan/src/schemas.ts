/** The plan's schemas alone (no recognizer, no template data): what a browser contract imports. */
export * from './schema.js';
export * from './catalog.js';
