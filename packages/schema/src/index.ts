export * from './vocab/index.js';
export * from './domain/index.js';
export * from './limits.js';
