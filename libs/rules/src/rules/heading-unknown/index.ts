export { headingUnknown } from './heading-unknown.js';
