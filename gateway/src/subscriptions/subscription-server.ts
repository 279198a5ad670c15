import type { Server } from 'node:http';
import type { ApolloServer, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { EventBus, Identity, Logger } from '@support-graph/runtime';
import { getArgumentValues, getVariableValues, GraphQLError, Kind, type ExecutionArgs, type ExecutionResult, type FieldNode, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestAuthenticator } from '../authentication/authenticate-request.js';
import type { GatewayContext } from '../gateway-context.js';
import { connectionHeaders } from './connection-identity.js';
import { EventFanout, type FanoutStats } from './event-fanout.js';
import { openEventStream } from './event-stream.js';
import { ForbiddenOperation, guardOperation, OperationRefused, type OperationGuardOptions } from './operation-guard.js';
import { PayloadResolver, type SubscriptionPlan } from './payload-resolver.js';
import { buildPayloadQuery } from './payload-query.js';
import { OpenConnections } from './open-connections.js';
import { readsAuditedData, sharingScope } from './result-sharing.js';
import { recordReplyChunks } from './reply-chunks/create-reply-chunk-log.js';
import { subscriptionSources } from './sources/subscription-sources.js';
import { SharedPayloads } from './shared-payloads.js';
import { SubgraphAdmission, type DataSourceFactory } from './subgraph-admission.js';
import { SubscriptionCloseCode } from './subscription-close-codes.js';
import { subscriptionOwners } from './subscription-owners.js';

export interface SubscriptionServerOptions {
  readonly http: Server;
  readonly apollo: ApolloServer<GatewayContext>;
  /** The API schema the gateway serves (undefined until Apollo Gateway has loaded it). */
  readonly schema: () => GraphQLSchema | undefined;
  readonly supergraphSdl: string;
  readonly authenticate: RequestAuthenticator;
  /** The gateway's rate-limit step: one token per subscribe message, from the caller's budget. */
  readonly rateLimit: (identity: Identity, request: HTTPGraphQLRequest) => Promise<void>;
  readonly guard: OperationGuardOptions;
  readonly dataSource: DataSourceFactory;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Ping interval; a client that misses a pong for as long is disconnected. Default 12 s. */
  readonly keepAliveMs?: number;
  /** Events waiting per subscription before the client is closed as slow (4008). Default 256. */
  readonly bufferCapacity?: number;
  /** Active subscriptions per connection. Default 50. */
  readonly maxSubscriptionsPerConnection?: number;
}

export interface SubscriptionServer {
  /**
   * `authenticated`: connections whose credentials are being watched (expiry, directory events);
   * `entityReads` / `executions`: payload entity reads through the gateway and executions of a
   * subscriber's selection since start (one per sharing scope and event, not one per socket).
   */
  stats(): FanoutStats & { readonly connections: number; readonly authenticated: number; readonly entityReads: number; readonly executions: number };
  close(): Promise<void>;
}

interface ConnectionState {
  readonly identity: Identity;
  /** Subscriptions admitted or being admitted: counted before the first await, so a flood cannot slip past the limit. */
  active: number;
}

/** What `onSubscribe` hands to `subscribe`/`execute` for one operation. */
interface OperationContext {
  readonly identity: Identity;
  readonly socket: WebSocket;
  readonly query: string;
  readonly plan?: SubscriptionPlan;
}

function refusal(code: string, message: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/** The single root field of a subscription (through fragments: graphql validation allows exactly one). */
function rootField(selections: readonly import('graphql').SelectionNode[], fragments: ReadonlyMap<string, import('graphql').FragmentDefinitionNode>): FieldNode | undefined {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) return selection;
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
    const found = inner ? rootField(inner.selections, fragments) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The subscription bridge: a graphql-ws server on the gateway's own port and path. Queries and
 * mutations sent over the socket run through Apollo Server like HTTP ones; subscriptions are fed
 * from the event bus and their entity fields resolved through the federated query plan.
 */
export async function startSubscriptionServer(options: SubscriptionServerOptions): Promise<SubscriptionServer> {
  const { logger } = options;
  const capacity = options.bufferCapacity ?? 256;
  const maxSubscriptions = options.maxSubscriptionsPerConnection ?? 50;
  const fanout = new EventFanout(options.bus, (error, event) => logger.error({ err: error, eventType: event.type }, 'subscription listener failed'));
  const chunks = await recordReplyChunks(options.bus, options.guard.config, logger);
  const sources = subscriptionSources(chunks.log);
  const owners = subscriptionOwners(options.supergraphSdl);
  const admission = new SubgraphAdmission(options.dataSource);
  const resolver = new PayloadResolver(options.apollo);
  const connections = new WeakMap<WebSocket, ConnectionState>();
  const openConnections = new OpenConnections(options.authenticate, logger);
  await openConnections.listen(options.bus);

  // Per schema load and payload query text: parsed once, however many subscribers send the same operation.
  const auditedQueries = new WeakMap<GraphQLSchema, Map<string, boolean>>();
  const readsAudited = (schema: GraphQLSchema, text: string): boolean => {
    let forSchema = auditedQueries.get(schema);
    if (!forSchema) {
      forSchema = new Map();
      auditedQueries.set(schema, forSchema);
    }
    let audited = forSchema.get(text);
    if (audited === undefined) {
      audited = readsAuditedData(schema, text);
      if (forSchema.size < 10_000) forSchema.set(text, audited);
    }
    return audited;
  };

  const wsServer = new WebSocketServer({ server: options.http, path: '/graphql', maxPayload: options.guard.config.MAX_BODY_BYTES });
  // Registered before useServer's own listener, so every socket's `send` takes shared payloads.
  const sharedPayloads = new SharedPayloads();
  wsServer.on('connection', (socket: WebSocket) => sharedPayloads.attach(socket));
  const forbid = (socket: WebSocket, message: string) => socket.close(SubscriptionCloseCode.Forbidden, message.slice(0, 120));

  async function planSubscription(state: ConnectionState, socket: WebSocket, schema: GraphQLSchema, guarded: ReturnType<typeof guardOperation>, rawVariables: Readonly<Record<string, unknown>>): Promise<{ plan: SubscriptionPlan; variables: Record<string, unknown> } | readonly GraphQLError[]> {
    const { document, operation } = guarded;
    const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
    const root = rootField(operation.selectionSet.selections, fragments);
    const source = root ? sources.get(root.name.value) : undefined;
    const owner = root ? owners.get(root.name.value) : undefined;
    const fieldDefinition = root ? schema.getSubscriptionType()?.getFields()[root.name.value] : undefined;
    if (!root || !source || !owner || !fieldDefinition) return refusal('BAD_USER_INPUT', 'This subscription field is not served');
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    if (coerced.errors) return coerced.errors.map((error) => new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } }));
    const variables = coerced.coerced;
    const errors = await admission.admit(owner, operation, root, variables, state.identity);
    if (errors.some((error) => error.extensions['code'] === 'FORBIDDEN')) {
      forbid(socket, 'Forbidden');
      return errors;
    }
    if (errors.length > 0) return errors;
    const args = getArgumentValues(fieldDefinition, root, variables);
    const payloadQuery = buildPayloadQuery(document, operation, root, source, args);
    return {
      variables,
      plan: {
        schema,
        document,
        operationName: operation.name?.value,
        variables,
        args,
        rootKey: root.alias?.value ?? root.name.value,
        identity: state.identity,
        source,
        payloadQuery,
        resultKey: `${operation.name?.value ?? ''}\u0000${guarded.query}\u0000${JSON.stringify(variables)}`,
        sharingScope: sharingScope(state.identity, !payloadQuery || !readsAudited(schema, payloadQuery.text)),
      },
    };
  }

  const serverCleanup = useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      onConnect: async (context) => {
        const socket = context.extra.socket;
        try {
          const headers = connectionHeaders(context.connectionParams);
          const identity = await options.authenticate(headers);
          if (openConnections.countFor(identity) >= options.guard.config.SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL) {
            socket.close(SubscriptionCloseCode.TooManyConnections, 'Too many open connections for these credentials');
            return false;
          }
          connections.set(socket, { identity, active: 0 });
          if (socket.readyState === socket.OPEN) openConnections.add(socket, headers, identity);
          return true;
        } catch {
          socket.close(SubscriptionCloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
      },
      onSubscribe: async (context, _id, payload) => {
        const socket = context.extra.socket;
        const state = connections.get(socket);
        const schema = options.schema();
        if (!state || !schema) return refusal('UNAVAILABLE', 'The gateway is starting');
        if (state.active >= maxSubscriptions) return refusal('TOO_MANY_SUBSCRIPTIONS', `At most ${maxSubscriptions} active subscriptions per connection`);
        state.active += 1;
        // Handed over to the stream (its end gives the slot back) only when a subscription is planned.
        let handedOver = false;
        try {
          await options.rateLimit(state.identity, { method: 'POST', headers: new HeaderMap(), search: '', body: payload });
          const guarded = guardOperation(options.guard, schema, state.identity.role, payload);
          if (guarded.operation.operation !== 'subscription') {
            return { schema, document: guarded.document, operationName: payload.operationName, variableValues: payload.variables, contextValue: { identity: state.identity, socket, query: guarded.query } satisfies OperationContext } as ExecutionArgs;
          }
          const planned = await planSubscription(state, socket, schema, guarded, payload.variables ?? {});
          if (!('plan' in planned)) return [...planned];
          handedOver = true;
          return { schema, document: guarded.document, operationName: payload.operationName, variableValues: planned.variables, contextValue: { identity: state.identity, socket, query: guarded.query, plan: planned.plan } satisfies OperationContext } as ExecutionArgs;
        } catch (error) {
          if (error instanceof ForbiddenOperation) {
            forbid(socket, error.message);
            return refusal('FORBIDDEN', error.message);
          }
          if (error instanceof OperationRefused) return [...error.errors];
          if (error instanceof GraphQLError) return [error];
          logger.error({ err: error }, 'subscribe failed');
          return refusal('INTERNAL_SERVER_ERROR', 'Internal server error');
        } finally {
          if (!handedOver) state.active -= 1;
        }
      },
      // A subscription's result is shared by its scope's subscribers: encoded once for all their sockets.
      onNext: (_context, _id, _payload, args, result) =>
        (args.contextValue as OperationContext | undefined)?.plan ? (sharedPayloads.standIn(result) as FormattedExecutionResult) : undefined,
      execute: async (args) => {
        const context = args.contextValue as OperationContext;
        const response = await options.apollo.executeOperation(
          { query: context.query, variables: (args.variableValues ?? {}) as Record<string, unknown>, ...(args.operationName ? { operationName: args.operationName } : {}) },
          { contextValue: { identity: context.identity } },
        );
        return response.body.kind === 'single' ? (response.body.singleResult as ExecutionResult) : { errors: refusal('BAD_REQUEST', 'Incremental delivery is not supported over WebSocket') };
      },
      subscribe: async (args) => {
        const context = args.contextValue as OperationContext;
        const state = connections.get(context.socket);
        if (!context.plan || !state) return { errors: refusal('BAD_REQUEST', 'Not a subscription') };
        const stream = await openEventStream(context.plan, {
          fanout,
          resolver,
          capacity,
          logger,
          onOverflow: () => context.socket.close(SubscriptionCloseCode.SlowConsumer, 'Slow consumer: the event buffer is full; reconnect and resume'),
          onEnd: () => {
            state.active -= 1;
          },
        });
        return stream;
      },
    },
    wsServer,
    options.keepAliveMs ?? 12_000,
  );

  return {
    stats: () => ({ ...fanout.stats(), ...resolver.stats(), connections: wsServer.clients.size, authenticated: openConnections.size }),
    async close() {
      await openConnections.close();
      await serverCleanup.dispose();
      await chunks.close();
    },
  };
}
