export { legalBasisRequired } from './legal-basis-required.js';
