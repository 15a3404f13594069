/** The finding's schema alone (no registry, no rules): what a browser contract imports. */
export * from './finding.js';
