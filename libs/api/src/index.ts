/**
 * `@cds/api`: the sync server's HTTP contract in plain zod (requests, responses,
 * error codes, lifecycle enums) and the typed client the add-in and the dashboard
 * call. Browser-safe: it imports only the core's schema modules.
 */
export * from './enums.js';
export * from './error-codes.js';
export * from './bounds.js';
export * from './client-plan.js';
export * from './common.js';
export * from './auth.js';
export * from './plans.js';
export * from './mst.js';
export * from './admin.js';
export * from './routes.js';
export * from './diagnostics.js';
export * from './api-error.js';
export { createApiClient, type ApiClient, type ApiClientOptions, type CallArgs, type CallResult, type DownloadedFile, type SubmitArgs } from './client.js';
export { clientMessages } from './messages.vi.js';
export * from './dashboard/index.js';
