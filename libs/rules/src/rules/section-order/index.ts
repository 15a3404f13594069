export { sectionOrder } from './section-order.js';
