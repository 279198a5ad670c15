export * from './trace-context.js';
export * from './start-tracing.js';
export * from './traced-job-queue.js';
export * from './traced-port.js';
