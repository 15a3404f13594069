export { legalBasisWrongDate } from './legal-basis-wrong-date.js';
