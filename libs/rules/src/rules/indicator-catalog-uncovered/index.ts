export { indicatorCatalogUncovered } from './indicator-catalog-uncovered.js';
