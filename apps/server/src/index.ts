/**
 * `@cds/server`'s public face: the API contract (zod schemas of requests and
 * responses) for the add-in and the dashboard. Pure zod, safe in a browser bundle;
 * the server itself starts from main.ts.
 */
export * from './api/common.js';
export * from './api/auth.js';
export * from './api/plans.js';
export * from './api/mst.js';
export * from './api/admin.js';
export { USER_ROLES, type UserRole } from './roles.js';
export { messages as serverMessages, type MessageCode } from './messages.vi.js';
