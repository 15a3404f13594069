export { indicatorDeadlineInvalid } from './indicator-deadline-invalid.js';
