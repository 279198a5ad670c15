import { createRequire } from 'node:module';
import util from 'node:util';

/**
 * graphql-shield 7.6.5 (its latest release) imports `util.isUndefined`, which Node 23 removed: the
 * package's ESM build cannot even be linked on Node 24, and its CommonJS build calls the function
 * when `and`/`or` rules run. Restoring that one function and loading the CommonJS build keeps the
 * library usable until upstream drops the import.
 */
const legacyUtil = util as unknown as { isUndefined?: (value: unknown) => boolean };
legacyUtil.isUndefined ??= (value) => value === undefined;

const require = createRequire(import.meta.url);
const graphqlShield = require('graphql-shield') as typeof import('graphql-shield');
// Shield's middleware generator must be recognised by the same (CommonJS) graphql-middleware copy.
const graphqlMiddleware = require('graphql-middleware') as typeof import('graphql-middleware');

export const { shield, rule, allow, deny, and, or, not } = graphqlShield;
export const { applyMiddleware } = graphqlMiddleware;
export type { IRules, IRule } from 'graphql-shield';
