export * from './dates.js';
export * from './cpr.js';
export * from './smart.js';
export * from './schedule.js';
export * from './orders.js';
export * from './follow-up.js';
export * from './deadlines.js';
export * from './danish-time.js';
