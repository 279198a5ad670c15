export * from './encryption-errors.js';
export * from './data-key-set.js';
export * from './configured-data-keys.js';
export * from './data-key-file.js';
export * from './keyring.js';
export * from './field-envelope.js';
export * from './blind-index.js';
export * from './create-keyring.js';
