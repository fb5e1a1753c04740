export * from './types.js';
export * from './traverse.js';
export * from './conditions.js';
export { ISSUE_MESSAGES } from './messages.js';
export * from './validate.js';
export * from './examples/index.js';
export * from './check-definition.js';
export * from './derived/index.js';
