export * from './metrics-registry.js';
export * from './request-metrics.js';
export * from './business-metrics.js';
export * from './email-metrics.js';
