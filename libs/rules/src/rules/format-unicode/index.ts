export { formatUnicode } from './format-unicode.js';
