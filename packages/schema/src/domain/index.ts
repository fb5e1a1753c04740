export * from './dates.js';
export * from './cpr.js';
export * from './smart.js';
export * from './schedule.js';
