export { indicatorUnitMissing } from './indicator-unit-missing.js';
