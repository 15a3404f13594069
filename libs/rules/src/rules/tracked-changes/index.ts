export { trackedChanges } from './tracked-changes.js';
