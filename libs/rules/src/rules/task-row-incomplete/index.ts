export { taskRowIncomplete } from './task-row-incomplete.js';
