export { sectionMisplaced } from './section-misplaced.js';
