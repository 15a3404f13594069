export { formatHeadings } from './format-headings.js';
