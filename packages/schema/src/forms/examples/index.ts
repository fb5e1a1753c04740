export * from './engine-example.js';
