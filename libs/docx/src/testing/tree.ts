/**
 * The tree reader (every part parsed whole by the scanner, then walked): the
 * reference the stream reader is tested against, and the "before" of the core
 * benchmark.
 */
export { readDocxTree } from '../read/read.js';
