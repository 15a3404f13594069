export { taskAreaIncomplete } from './task-area-incomplete.js';
