/**
 * `@cds/server`: the sync server. Its HTTP contract is `@cds/api` (re-exported here
 * for existing importers); the server itself starts from main.ts.
 */
export * from '@cds/api';
export { messages as serverMessages, type MessageCode } from './messages.vi.js';
