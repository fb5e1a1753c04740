export * from './vocab/index.js';
export * from './domain/index.js';
export * from './limits.js';
export * from './forms/index.js';
export * from './templates/index.js';
export * from './csv.js';
