export { taskAmountUnparsed } from './task-amount-unparsed.js';
