export { itemMissing } from './item-missing.js';
