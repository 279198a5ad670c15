import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type PubSub } from 'type-graphql';
import { fieldRulesMiddleware, type FieldRules } from '../access/field-rules.js';
import { applyMiddleware } from '../access/graphql-shield.js';

/** Federation 2 directives a subgraph may use; composition reads them from this link. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/**
 * Subscription fields are declared by the owning subgraph (so they compose into the supergraph) but
 * streamed by the gateway's subscription bridge from the event bus: a subgraph never opens a stream.
 */
const gatewayServedSubscriptions: PubSub = {
  publish: () => {
    throw new Error('Subgraphs publish on the event bus, not through type-graphql');
  },
  subscribe: () => {
    throw new GraphQLError('Subscriptions are served by the gateway over WebSocket', { extensions: { code: 'BAD_REQUEST' } });
  },
};

type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

/**
 * type-graphql builds the schema from decorated classes; Apollo's `buildSubgraphSchema` then adds
 * `_entities`/`_service`. The bridge is the printed SDL (with `@key` and friends kept by
 * `@Directive`) plus type-graphql's resolver map (wrapped by the field rules), with reference
 * resolvers merged in per type.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers,
  /** Field-level rules (graphql-shield, deny by default); applied before federation so every field resolver carries them. */
  fieldRules: FieldRules,
): Promise<GraphQLSchema> {
  const schema = applyMiddleware(await buildSchema({ pubSub: gatewayServedSubscriptions, ...options, skipCheck: true }), fieldRulesMiddleware(fieldRules));
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}
