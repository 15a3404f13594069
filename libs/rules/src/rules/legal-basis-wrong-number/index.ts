export { legalBasisWrongNumber } from './legal-basis-wrong-number.js';
