export { formatPageNumber } from './format-page-number.js';
