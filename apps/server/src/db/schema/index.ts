export * from './agencies.js';
export * from './users.js';
export * from './rounds.js';
export * from './plans.js';
export * from './submissions.js';
export * from './reviews.js';
export * from './audit.js';
export * from './diagnostics.js';
