export { guidanceLeft } from './guidance-left.js';
