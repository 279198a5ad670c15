import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Identity } from '@support-graph/runtime';
import { parse } from 'graphql';
import type { GatewayContext } from '../src/gateway-context.js';
import { InFlightDeduplication } from '../src/subgraphs/in-flight-deduplication.js';

/** A subgraph that answers only when the test says so, so requests are provably in flight together. */
class HeldSubgraph implements GraphQLDataSource<GatewayContext> {
  readonly calls: { query: string; subject: string }[] = [];
  private readonly waiting: (() => void)[] = [];

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const identity = (options.context as GatewayContext).identity;
    this.calls.push({ query: options.request.query ?? '', subject: identity.subject });
    const answer: GatewayGraphQLResponse = { data: { tickets: { edges: [{ node: { id: 't1', subject: identity.subject } }] } } };
    return new Promise((resolve) => this.waiting.push(() => resolve(answer)));
  }

  answerAll(): void {
    for (const answer of this.waiting.splice(0)) answer();
  }
}

const agent: Identity = { subject: 'agent@support.local', role: 'agent' };
const otherAgent: Identity = { subject: 'other@support.local', role: 'agent' };

/** A subgraph fetch as Apollo Gateway's executor hands it to a data source. */
function fetchOf(identity: Identity, query: string, variables: Record<string, unknown> = {}, clientOperation: 'query' | 'mutation' = 'query'): GraphQLDataSourceProcessOptions<GatewayContext> {
  const document = parse(query);
  const context = { identity };
  return {
    kind: 'incoming operation',
    request: { query, variables },
    document,
    context,
    incomingRequestContext: { context, operation: { operation: clientOperation } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

const LIST = 'query Tickets__tickets__0($first:Int){tickets(first:$first){edges{node{id subject}}}}';

describe('in-flight deduplication of subgraph fetches', () => {
  it('makes one subgraph call for two identical concurrent reads, and gives each caller its own copy', async () => {
    const subgraph = new HeldSubgraph();
    const source = new InFlightDeduplication(subgraph);
    const first = source.process(fetchOf(agent, LIST, { first: 10 }));
    const second = source.process(fetchOf(agent, LIST, { first: 10 }));
    subgraph.answerAll();
    const [a, b] = await Promise.all([first, second]);
    expect(subgraph.calls).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b.data).not.toBe(a.data);
  });

  it('never shares between two identities, even of the same role', async () => {
    const subgraph = new HeldSubgraph();
    const source = new InFlightDeduplication(subgraph);
    const first = source.process(fetchOf(agent, LIST, { first: 10 }));
    const second = source.process(fetchOf(otherAgent, LIST, { first: 10 }));
    subgraph.answerAll();
    const [a, b] = await Promise.all([first, second]);
    expect(subgraph.calls.map((call) => call.subject)).toEqual([agent.subject, otherAgent.subject]);
    expect(JSON.stringify(a)).toContain(agent.subject);
    expect(JSON.stringify(b)).toContain(otherAgent.subject);
  });

  it('keys on the variables and the document', async () => {
    const subgraph = new HeldSubgraph();
    const source = new InFlightDeduplication(subgraph);
    const pending = [
      source.process(fetchOf(agent, LIST, { first: 10 })),
      source.process(fetchOf(agent, LIST, { first: 11 })),
      source.process(fetchOf(agent, 'query Other($first:Int){tickets(first:$first){edges{node{id}}}}', { first: 10 })),
    ];
    subgraph.answerAll();
    await Promise.all(pending);
    expect(subgraph.calls).toHaveLength(3);
  });

  it('runs every fetch of a mutation, and every mutation document', async () => {
    const subgraph = new HeldSubgraph();
    const source = new InFlightDeduplication(subgraph);
    const mutation = 'mutation Close($id:ID!){closeTicket(id:$id){id}}';
    // The entity fetch that follows a mutation is a query document, but belongs to a write.
    const entities = 'query Entities($representations:[_Any!]!){_entities(representations:$representations){__typename}}';
    const pending = [
      source.process(fetchOf(agent, mutation, { id: 't1' }, 'mutation')),
      source.process(fetchOf(agent, mutation, { id: 't1' }, 'mutation')),
      source.process(fetchOf(agent, entities, { representations: [] }, 'mutation')),
      source.process(fetchOf(agent, entities, { representations: [] }, 'mutation')),
    ];
    subgraph.answerAll();
    await Promise.all(pending);
    expect(subgraph.calls).toHaveLength(4);
  });

  it('shares nothing once the first answered: a later identical read calls the subgraph again', async () => {
    const subgraph = new HeldSubgraph();
    const source = new InFlightDeduplication(subgraph);
    const first = source.process(fetchOf(agent, LIST, { first: 10 }));
    subgraph.answerAll();
    await first;
    const second = source.process(fetchOf(agent, LIST, { first: 10 }));
    subgraph.answerAll();
    await second;
    expect(subgraph.calls).toHaveLength(2);
  });
});
