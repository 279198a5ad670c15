import { readFileSync } from 'node:fs';

const swcConfig = JSON.parse(readFileSync(new URL('./swc.config.json', import.meta.url), 'utf8'));
delete swcConfig.$comment;

/** What every project shares: ESM TypeScript through swc, workspace packages resolved to their sources. */
const base = {
  rootDir: '.',
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
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

/**
 * A package test that needs a server outside the process is named after it (`redis-event-bus.test.ts`,
 * `mongo-ticket-store.test.ts`, `neo4j-knowledge-graph.test.ts`…): it belongs to `integration`.
 */
const SERVER_TESTS = '/test/(redis|mongo|neo4j|weaviate)-[^/]*\\.test\\.ts$';
const PACKAGE_TESTS = ['<rootDir>/**/test/**/*.test.ts', '<rootDir>/clients/web/src/**/test/*.test.tsx'];

/** @type {import('jest').Config} */
export default {
  projects: [
    // Pure tests of the packages: no server, no build, no browser (`npm run test:unit`).
    { ...base, displayName: 'unit', testMatch: PACKAGE_TESTS, testPathIgnorePatterns: [...base.testPathIgnorePatterns, SERVER_TESTS] },
    // Through the running platform (GraphQL over HTTP and WebSocket at the gateway), and the adapters of real servers.
    { ...base, displayName: 'integration', testRegex: ['/tests/[^/]+\\.test\\.ts$', SERVER_TESTS] },
    // The console in Chromium.
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
  // A run-wide option: jest reads it here, not from a project.
  testTimeout: 30000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-count-reporter.js'],
};
