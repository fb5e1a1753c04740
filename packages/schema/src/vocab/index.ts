export * from './text.js';
export * from './life-themes.js';
export * from './levels.js';
export * from './goal-types.js';
export * from './scales.js';
export * from './service-types.js';
