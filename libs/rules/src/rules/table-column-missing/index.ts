export { tableColumnMissing } from './table-column-missing.js';
