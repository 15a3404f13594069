export { legacyEncoding } from './legacy-encoding.js';
