export { formatPage } from './format-page.js';
