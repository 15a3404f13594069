/**
 * `@cds/server/testing`: the server in process for other projects' tests (the add-in's
 * sync engine, the dashboard's and the add-in's end-to-end tests): a migrated
 * database with the fixture, accounts, plan files, and a fetch backed by app.inject.
 */
export { build, login, type BuildTestOptions, type TestApp } from './helper.js';
export { ACCOUNTS, TEST_PASSWORD, type AccountName, type Fixture } from './fixture.js';
export { planDocx, xxeDocx, zipBomb, type PlanDocx } from './docx.js';
export { draftBody } from './draft.js';
export { syntheticPlan } from './plan-data.js';
export { multipart } from './multipart.js';
export { rowCounts } from './counts.js';
export { storedRevisions } from './revisions.js';
export { injectFetch } from './inject-fetch.js';
export * as schema from '../db/schema/index.js';
