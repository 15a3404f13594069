export { createWordHost, docxCodec } from './docx-codec.js';
export { createWordHostCore, emptyDocument, DEFAULT_QUIRKS } from './host.js';
export type { DocxCodec, WordHost, WordHostOptions } from './host.js';
export { PRESETS, isSetSupported } from './requirements.js';
export type { HostPreset, RequirementSets } from './requirements.js';
export type { Quirks } from './runtime/state.js';
export type { UserApi, ParagraphRef, BlockRef, ControlRef, Pasted } from './user.js';
export { HostError } from './errors.js';
export type { HostErrorCode } from './errors.js';
