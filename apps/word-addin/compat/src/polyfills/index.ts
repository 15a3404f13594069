/**
 * What Internet Explorer 11 lacks and core-js does not carry: TextDecoder (the .docx
 * reader) and String.prototype.normalize (every text fold of the core; unorm shims
 * it only where it is missing). Imported first by the bundle's entry, so it runs
 * before any module of the core is initialised.
 */
import 'unorm';
import { installTextDecoder } from './text-decoder.js';

installTextDecoder(typeof window !== 'undefined' ? (window as unknown as { TextDecoder?: unknown }) : (globalThis as { TextDecoder?: unknown }));
