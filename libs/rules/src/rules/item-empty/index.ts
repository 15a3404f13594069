export { itemEmpty } from './item-empty.js';
