export type * from './types.js';
export { mst2026 } from './mst-2026.js';
export * from './registry.js';
export * from './sections.js';
export * from './check.js';
export * from './enums.js';
export * from './tags.js';
export * from './agencies.js';
export { templateMessages } from './messages.vi.js';
