export { labelsVi, type Labels } from './labels.js';
export * from './format.js';
