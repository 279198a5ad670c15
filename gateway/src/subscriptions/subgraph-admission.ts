import type { GraphQLDataSource } from '@apollo/gateway';
import type { Identity } from '@support-graph/runtime';
import { GraphQLError, Kind, print, visit, type FieldNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../gateway-context.js';
import type { SubscriptionOwner } from './subscription-owners.js';

export type DataSourceFactory = (subgraph: { name: string; url: string }) => GraphQLDataSource<GatewayContext>;

/**
 * Before a stream starts, the owning subgraph admits the subscriber: the gateway sends it the
 * subscription's root field (selecting only `__typename`) with the subscriber's signed identity,
 * and the subgraph runs it through its own field rules and argument checks (graphql-js executes a
 * subscription operation's root field once, like a query). So `Subscription.*` rules live beside
 * the subgraph's schema with every other rule, and the gateway never second-guesses them.
 */
export class SubgraphAdmission {
  private readonly sources = new Map<string, GraphQLDataSource<GatewayContext>>();

  constructor(private readonly dataSource: DataSourceFactory) {}

  /** The subgraph's errors (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT…); empty when admitted. */
  async admit(owner: SubscriptionOwner, operation: OperationDefinitionNode, root: FieldNode, variables: Readonly<Record<string, unknown>>, identity: Identity): Promise<readonly GraphQLError[]> {
    const used = new Set<string>();
    for (const argument of root.arguments ?? []) visit(argument, { Variable: (node) => void used.add(node.name.value) });
    const admissionField: FieldNode = { kind: Kind.FIELD, name: root.name, arguments: root.arguments ?? [], selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] } };
    const query = print({
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: operation.operation,
          name: { kind: Kind.NAME, value: 'AdmitSubscriber' },
          variableDefinitions: (operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)),
          selectionSet: { kind: Kind.SELECTION_SET, selections: [admissionField] },
        },
      ],
    });
    const admissionVariables = Object.fromEntries([...used].filter((name) => name in variables).map((name) => [name, variables[name]]));
    // An "incoming operation" as Apollo Gateway would send it (its request-kind enum is not exported),
    // with no incoming request context: there is no client HTTP request behind an admission.
    const response = await this.sourceFor(owner).process({
      kind: 'incoming operation',
      request: { query, variables: admissionVariables },
      context: { identity },
      incomingRequestContext: {},
    } as never);
    return (response.errors ?? []).map(
      (error: GraphQLFormattedError) => new GraphQLError(error.message, { extensions: error.extensions ?? {} }),
    );
  }

  private sourceFor(owner: SubscriptionOwner): GraphQLDataSource<GatewayContext> {
    let source = this.sources.get(owner.name);
    if (!source) {
      source = this.dataSource({ name: owner.name, url: owner.url });
      this.sources.set(owner.name, source);
    }
    return source;
  }
}
