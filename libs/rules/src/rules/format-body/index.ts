export { formatBody } from './format-body.js';
