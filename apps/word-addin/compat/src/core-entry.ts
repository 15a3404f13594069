import './polyfills/index.js';
export * from './core.js';
