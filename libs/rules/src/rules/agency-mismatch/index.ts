export { agencyMismatch } from './agency-mismatch.js';
