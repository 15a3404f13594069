export { sectionEmpty } from './section-empty.js';
