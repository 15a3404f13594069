export { sectionDuplicate } from './section-duplicate.js';
