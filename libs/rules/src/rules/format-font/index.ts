export { formatFont } from './format-font.js';
