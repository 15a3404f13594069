export { indicatorFieldMissing } from './indicator-field-missing.js';
