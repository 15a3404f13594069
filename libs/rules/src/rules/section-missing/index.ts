export { sectionMissing } from './section-missing.js';
