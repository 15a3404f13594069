/**
 * `@cds/word-adapter/sync`: the office-facing parts of sync and submission. The
 * plan's identity in a custom XML part, and the open document's .docx bytes through
 * getFileAsync. Common API only (no Word.run), written against `@types/office-js`.
 */
export { IDENTITY_NAMESPACE, PlanIdentitySchema, parseIdentityXml, serializeIdentityXml, samePlan, type PlanIdentity, type IdentityStore } from './identity.js';
export { documentIdentityStore } from './identity-part.js';
export { readDocumentFile } from './document-file.js';
export { OfficeCallError } from './office-call.js';
