export { placeholderLeft } from './placeholder-left.js';
