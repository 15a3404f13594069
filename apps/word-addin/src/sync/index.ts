/**
 * The pane's sync and submission: React 19 + Fluent UI v9 components over
 * `@cds/plan-sync`'s stores, and the `useSync` hook that runs the engine. No
 * component touches the Word global: Word is reached only through the adapter's
 * functions the hook is given (or its defaults from `@cds/word-adapter/sync`).
 */
export { useSync, type UseSyncOptions, type SyncHandle } from './useSync.js';
export { SyncPanel } from './SyncPanel.js';
export { SyncStatusBar } from './SyncStatusBar.js';
export { SubmitButton } from './SubmitButton.js';
export { SubmitDialog, type SubmitDialogProps } from './SubmitDialog.js';
export { ReceiptCard } from './ReceiptCard.js';
export { FilePicker } from './FilePicker.js';
export { Countdown } from './Countdown.js';
export { ReviewComments } from './ReviewComments.js';
export { FindingList } from './FindingList.js';
