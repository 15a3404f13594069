export type * from './document.js';
export * from './walk.js';
export * from './text.js';
