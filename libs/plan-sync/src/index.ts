/**
 * `@cds/plan-sync`: the Word add-in's sync engine, plain TypeScript with its
 * dependencies injected (the typed client, a clock, the document reader, the
 * identity store, the IndexedDB outbox), so the pane only renders its stores.
 */
export { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './engine.js';
export { SYNC_STATES, type SyncState, type SyncStatus } from './status.js';
export { openOutbox, type Outbox, type QueuedRevision, type ScopeMeta } from './outbox.js';
export { createStore, type Store, type WritableStore } from './store.js';
export { systemClock, randomKey, type Clock, type PlanReading, type ReadPlan, type SessionUser, type SyncClient } from './deps.js';
export { identityProblem } from './identity-check.js';
export { changedSections } from './rebase.js';
export { syncMessages } from './messages.vi.js';
export { createSubmitFlow, type SubmitFlow, type SubmitFlowOptions, type SubmitState } from './submit.js';
export { receiptView, type Receipt, type ReceiptView } from './receipt.js';
export { deadlineView, type DeadlineView } from './deadline.js';
export { createServerClock, type ServerClock } from './server-time.js';
export { reviewView, type ReviewView, type ReviewComment } from './review.js';
export { submitPermission } from './roles.js';
export { pickedFileProblem } from './file-identity.js';
export { sha256Hex } from './sha256.js';
