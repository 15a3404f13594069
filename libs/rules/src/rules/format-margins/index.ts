export { formatMargins } from './format-margins.js';
