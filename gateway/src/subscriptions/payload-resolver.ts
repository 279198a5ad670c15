import type { ApolloServer } from '@apollo/server';
import type { DomainEvent, Identity } from '@support-graph/runtime';
import {
  buildSchema,
  execute,
  printSchema,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { GatewayContext } from '../gateway-context.js';
import { GATE_ALIAS, type PayloadQuery } from './payload-query.js';
import type { SubscriptionArguments, SubscriptionSource } from '@support-graph/runtime';

type EntityResult = { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] };

/** What one subscription needs to turn an event into the result its client asked for. */
export interface SubscriptionPlan {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName: string | undefined;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly args: SubscriptionArguments;
  readonly rootKey: string;
  readonly identity: Identity;
  readonly source: SubscriptionSource;
  readonly payloadQuery: PayloadQuery | undefined;
  /** The operation, its name and variables: subscribers with the same key and sharing scope get the same result. */
  readonly resultKey: string;
  /**
   * Who shares this subscriber's entity read and result per event (result-sharing.ts): the role, when
   * the role's rules ignore the subject and nothing audited per actor is selected; else the identity.
   */
  readonly sharingScope: string;
}

interface PayloadContext {
  readonly payload: Readonly<Record<string, unknown>>;
  readonly entities: Readonly<Record<string, unknown>>;
  readonly entityKeys: ReadonlySet<string>;
}

/** The gate entity's fields the subscriber's rules refused (any error on them counts: fail closed). */
function unreadableGateFields(errors: readonly GraphQLFormattedError[] | undefined): ReadonlySet<string> {
  const unreadable = new Set<string>();
  for (const error of errors ?? []) {
    if (error.path?.[0] === GATE_ALIAS && typeof error.path[1] === 'string') unreadable.add(error.path[1]);
  }
  return unreadable;
}

/**
 * Reads the payload's own fields by name, the entities fetched through the gateway by response key
 * (they were fetched with the client's aliases), so the client's selection is re-executed as sent.
 */
const fieldResolver: GraphQLFieldResolver<unknown, PayloadContext> = (source, _args, context, info) => {
  if (info.parentType === info.schema.getSubscriptionType()) return context.payload;
  const key = String(info.path.key);
  if (source === context.payload) return context.entityKeys.has(key) ? context.entities[key] : context.payload[info.fieldName];
  return (source as Record<string, unknown> | null)?.[key];
};

/**
 * Runs the entity part of each event through the gateway's own executor (Apollo Server's
 * `executeOperation` over the federated query plan) as the subscriber, so their field rules apply
 * exactly as for a query. Subscribers in the same sharing scope (the same identity; or the same
 * role, for roles whose rules ignore the subject when nothing audited per actor is selected) and
 * selection share one execution per event, and with the same operation the whole result: a support
 * floor of a thousand agents costs one entity read and one execution per event and operation.
 */
export class PayloadResolver {
  private readonly shared = new WeakMap<DomainEvent, Map<string, Promise<EntityResult>>>();
  private readonly results = new WeakMap<DomainEvent, Map<string, Promise<ExecutionResult | undefined>>>();
  private readonly bareSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();
  /** Entity reads through the gateway and executions of a selection, since start: what sharing saves shows here. */
  private readonly counts = { entityReads: 0, executions: 0 };

  constructor(private readonly apollo: ApolloServer<GatewayContext>) {}

  stats(): { readonly entityReads: number; readonly executions: number } {
    return { ...this.counts };
  }

  /** The result for this subscriber, or undefined when the event must not reach them. */
  resolve(plan: SubscriptionPlan, event: DomainEvent): Promise<ExecutionResult | undefined> {
    const key = `${plan.sharingScope}\u0000${plan.resultKey}`;
    let forEvent = this.results.get(event);
    if (!forEvent) {
      forEvent = new Map();
      this.results.set(event, forEvent);
    }
    let pending = forEvent.get(key);
    if (!pending) {
      pending = this.resolveOnce(plan, event);
      forEvent.set(key, pending);
    }
    return pending;
  }

  private async resolveOnce(plan: SubscriptionPlan, event: DomainEvent): Promise<ExecutionResult | undefined> {
    let payload = plan.source.payload(event);
    const fetched = plan.payloadQuery ? await this.fetchEntities(plan, plan.payloadQuery, payload, event) : { data: {} };
    const entities = fetched.data ?? {};
    if (plan.source.gate) {
      const gate = entities[GATE_ALIAS] as Record<string, unknown> | null | undefined;
      if (!gate || !plan.source.gate.admits(gate, plan.args)) return undefined;
      if (plan.source.gate.conceal) payload = plan.source.gate.conceal(payload, unreadableGateFields(fetched.errors));
    }
    const entityKeys = new Set(Object.keys(entities));
    this.counts.executions += 1;
    const result = (await execute({
      schema: this.bareSchema(plan.schema),
      document: plan.document,
      operationName: plan.operationName,
      variableValues: plan.variables,
      contextValue: { payload, entities, entityKeys } satisfies PayloadContext,
      fieldResolver,
    })) as ExecutionResult;
    const entityErrors = (fetched.errors ?? [])
      .filter((error) => error.path?.[0] !== GATE_ALIAS)
      .map((error) => new GraphQLError(error.message, { path: error.path ? [plan.rootKey, ...error.path] : [plan.rootKey], extensions: error.extensions ?? {} }));
    return entityErrors.length > 0 ? { ...result, errors: [...(result.errors ?? []), ...entityErrors] } : result;
  }

  /**
   * The API schema without Apollo Gateway's resolvers (it reads every field by response key from
   * the merged subgraph results), so this class's own field resolver decides, once per schema load.
   */
  private bareSchema(schema: GraphQLSchema): GraphQLSchema {
    let bare = this.bareSchemas.get(schema);
    if (!bare) {
      bare = buildSchema(printSchema(schema));
      this.bareSchemas.set(schema, bare);
    }
    return bare;
  }

  private fetchEntities(plan: SubscriptionPlan, query: PayloadQuery, payload: Readonly<Record<string, unknown>>, event: DomainEvent): Promise<EntityResult> {
    const variables: Record<string, unknown> = {};
    for (const name of query.variableNames) variables[name] = plan.variables[name];
    for (const { idVariable, field } of query.entities) variables[idVariable] = plan.source.entities[field]?.id(payload);
    const key = `${plan.sharingScope}\u0000${query.text}\u0000${JSON.stringify(variables)}`;
    let forEvent = this.shared.get(event);
    if (!forEvent) {
      forEvent = new Map();
      this.shared.set(event, forEvent);
    }
    let pending = forEvent.get(key);
    if (!pending) {
      this.counts.entityReads += 1;
      pending = this.apollo
        .executeOperation({ query: query.text, variables }, { contextValue: { identity: plan.identity } })
        .then((response) => (response.body.kind === 'single' ? (response.body.singleResult as EntityResult) : { errors: [{ message: 'Incremental delivery is not supported here' }] }));
      forEvent.set(key, pending);
    }
    return pending;
  }
}
