/** The dashboard's part of the contract: its routes' schemas and the client that calls them. */
export * from './schemas.js';
export { createDashboardClient, type DashboardClient } from './client.js';
