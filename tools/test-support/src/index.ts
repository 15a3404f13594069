export { corpusDir, corpusFiles, repoRoot, sharedDir } from './paths.js';
export { TEMP_PREFIX, tempDir, withTempDir, type TempDir } from './temp.js';
export { browserBundle, SERVER_ONLY, type BrowserBundle } from './browser-bundle.js';
