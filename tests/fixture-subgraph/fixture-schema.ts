import { buildSubgraphSchema } from '@apollo/subgraph';
import { ClientErrors, type SubgraphContext } from '@support-graph/runtime';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { FixtureRecorder } from './fixture-recorder.js';

const TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@inaccessible"])

  type Query {
    "Staff only: proves a field of a newly listed subgraph answers through the gateway."
    fixtureGreeting: String!
    "Internal (service only): what this subgraph holds about the tickets, as JSON."
    fixtureTicketData(ticketIds: [ID!]!): String @inaccessible
  }

  type Mutation {
    "Internal (service only): forgets the tickets; idempotent."
    fixtureForgetTickets(ticketIds: [ID!]!): Int @inaccessible
  }

  type Subscription {
    "Staff only: every fixture.ping event, served by the gateway bridge from this subgraph's source."
    fixturePings: FixturePing!
  }

  type FixturePing {
    message: String!
  }
`);

const STAFF = new Set(['agent', 'lead', 'admin']);

function requireRole(context: SubgraphContext, allowed: (role: string) => boolean): void {
  if (!allowed(context.identity.role)) throw ClientErrors.forbidden();
}

/**
 * A tiny subgraph written as any new one would be, without type-graphql (plain SDL and resolvers):
 * one public field, one Subscription field and the two privacy fields its descriptor names.
 */
export function buildFixtureSchema(recorder: FixtureRecorder): GraphQLSchema {
  return buildSubgraphSchema([
    {
      typeDefs: TYPE_DEFS,
      resolvers: {
        Query: {
          fixtureGreeting: (_parent: unknown, _args: unknown, context: SubgraphContext) => {
            requireRole(context, (role) => STAFF.has(role));
            return 'hello from the fixture subgraph';
          },
          fixtureTicketData: (_parent: unknown, args: { ticketIds: string[] }, context: SubgraphContext) => {
            requireRole(context, (role) => role === 'service');
            return JSON.stringify(args.ticketIds.filter((id) => recorder.holds(id)).map((id) => ({ ticketId: id })));
          },
        },
        Mutation: {
          fixtureForgetTickets: (_parent: unknown, args: { ticketIds: string[] }, context: SubgraphContext) => {
            requireRole(context, (role) => role === 'service');
            return recorder.forget(args.ticketIds);
          },
        },
        Subscription: {
          // Run once by the gateway's admission check (graphql-js executes a subscription's root field like a query).
          fixturePings: {
            subscribe: () => {
              throw new GraphQLError('Subscriptions are served by the gateway over WebSocket', { extensions: { code: 'BAD_REQUEST' } });
            },
            resolve: (_parent: unknown, _args: unknown, context: SubgraphContext) => {
              requireRole(context, (role) => STAFF.has(role));
              return { message: '' };
            },
          },
        },
      } as never,
    },
  ]);
}
