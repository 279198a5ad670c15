import { readFileSync } from 'node:fs';

const swcConfig = JSON.parse(readFileSync(new URL('./swc.config.json', import.meta.url), 'utf8'));
delete swcConfig.$comment;

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Workspace packages are resolved to their TypeScript sources through the "source" export condition.
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcConfig],
    // The web console's component tests (clients/web, `@jest-environment jsdom` per file).
    '^.+\\.tsx$': ['@swc/jest', { ...swcConfig, jsc: { ...swcConfig.jsc, parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
    '\\.(graphql|gql)$': '<rootDir>/clients/web/test-support/graphql-text-transform.cjs',
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^(.+\\.(graphql|gql))\\?raw$': '$1' },
  testMatch: ['<rootDir>/**/test/**/*.test.ts', '<rootDir>/tests/**/*.test.ts', '<rootDir>/clients/web/src/**/test/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  testTimeout: 30000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-count-reporter.js'],
};
