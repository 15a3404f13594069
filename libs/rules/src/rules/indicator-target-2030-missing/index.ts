export { indicatorTarget2030Missing } from './indicator-target-2030-missing.js';
