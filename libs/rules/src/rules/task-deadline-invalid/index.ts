export { taskDeadlineInvalid } from './task-deadline-invalid.js';
