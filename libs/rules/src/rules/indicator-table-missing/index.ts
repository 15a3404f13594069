export { indicatorTableMissing } from './indicator-table-missing.js';
