import type { PlatformConfig, Role } from '@support-graph/runtime';
import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fragmentsByName } from '../limits/fragments-by-name.js';
import { LimitErrors } from '../limits/limit-errors.js';
import { aliasCount } from '../limits/use-alias-limit.js';
import { estimateCost } from '../limits/use-cost-limit.js';
import { operationDepth } from '../limits/use-depth-limit.js';
import { selectsIntrospection } from '../limits/use-introspection-policy.js';
import { rootFieldCount } from '../limits/use-root-field-limit.js';
import { PersistedOperationErrors } from '../persisted-operations/persisted-operation-errors.js';
import type { PersistedOperation } from '../persisted-operations/persisted-query-manifest.js';

/** A graphql-ws `subscribe` message's payload. */
export interface OperationRequest {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>> | null;
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}

export interface GuardedOperation {
  readonly query: string;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
}

export interface OperationGuardOptions {
  readonly config: PlatformConfig;
  readonly production: boolean;
  readonly persistedOperations: ReadonlyMap<string, PersistedOperation>;
}

/** A refusal answered with an `error` message for this operation; the connection stays open. */
export class OperationRefused extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors[0]?.message ?? 'Operation refused');
  }
}

/** A refusal that closes the connection with 4403 (docs/subscriptions.md). */
export class ForbiddenOperation extends Error {}

function persistedHash(extensions: OperationRequest['extensions']): string | undefined {
  const hash = (extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * The HTTP path's rules for an operation sent over WebSocket, in the same order: persisted
 * operations (partners run manifest operations only; anyone may run one by hash), parse with the
 * token limit, validation, then depth, cost, alias, root-field and introspection limits.
 */
export function guardOperation(options: OperationGuardOptions, schema: GraphQLSchema, role: Role, request: OperationRequest): GuardedOperation {
  const hash = persistedHash(request.extensions);
  const persisted = hash ? options.persistedOperations.get(hash) : undefined;
  if (role === 'partner') {
    if (request.query !== '' || hash === undefined) throw new ForbiddenOperation(PersistedOperationErrors.required().message);
    if (!persisted) throw new ForbiddenOperation(PersistedOperationErrors.notFound().message);
  }
  const query = persisted?.body ?? request.query;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: options.config.GRAPHQL_MAX_TOKENS });
  } catch (error) {
    throw new OperationRefused([new GraphQLError(error instanceof GraphQLError ? error.message : 'Syntax error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    throw new OperationRefused(
      validationErrors.map((error) => new GraphQLError(options.production ? error.message.replace(/ Did you mean .*$/, '') : error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
    );
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = request.operationName ? operations.find((candidate) => candidate.name?.value === request.operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) throw new OperationRefused([new GraphQLError('Name the operation to run (operationName)', { extensions: { code: 'BAD_USER_INPUT' } })]);
  const { config } = options;
  const fragments = fragmentsByName(document);
  const depth = operationDepth(operation, fragments);
  if (depth > config.GRAPHQL_MAX_DEPTH) throw new OperationRefused([LimitErrors.tooDeep(depth, config.GRAPHQL_MAX_DEPTH)]);
  const cost = estimateCost({ schema, operation, fragments, variables: request.variables ?? {}, defaultListSize: config.GRAPHQL_DEFAULT_LIST_SIZE });
  if (cost > config.GRAPHQL_MAX_COST) throw new OperationRefused([LimitErrors.tooCostly(cost, config.GRAPHQL_MAX_COST)]);
  const aliases = aliasCount(operation, fragments);
  if (aliases > config.GRAPHQL_MAX_ALIASES) throw new OperationRefused([LimitErrors.tooManyAliases(aliases, config.GRAPHQL_MAX_ALIASES)]);
  const rootFields = rootFieldCount(operation.selectionSet, fragments);
  if (rootFields > config.GRAPHQL_MAX_ROOT_FIELDS) throw new OperationRefused([LimitErrors.tooManyRootFields(rootFields, config.GRAPHQL_MAX_ROOT_FIELDS)]);
  if (options.production && role !== 'analyst' && role !== 'admin' && selectsIntrospection(operation.selectionSet, fragments)) throw new OperationRefused([LimitErrors.introspectionDisabled()]);
  return { query, document, operation };
}
