import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsByName } from '../src/limits/fragments-by-name.js';
import { aliasCount } from '../src/limits/use-alias-limit.js';
import { estimateCost } from '../src/limits/use-cost-limit.js';
import { operationDepth } from '../src/limits/use-depth-limit.js';
import { rootFieldCount } from '../src/limits/use-root-field-limit.js';
import { selectsIntrospection } from '../src/limits/use-introspection-policy.js';

const schema = buildSchema(`
  type Query { ticket(id: ID!): Ticket, tickets(first: Int! = 20, last: Int): TicketConnection! }
  type TicketConnection { totalCount: Int!, edges: [TicketEdge!]! }
  type TicketEdge { node: Ticket! }
  type Ticket { id: ID!, tags: [String!]!, messages: [Message!]!, similar(first: Int = 5): [Ticket!]! }
  type Message { body: String! }
`);

function operationOf(source: string) {
  const document = parse(source);
  return { operation: document.definitions[0] as OperationDefinitionNode, fragments: fragmentsByName(document) };
}

function cost(source: string, variables: Record<string, unknown> = {}) {
  return estimateCost({ schema, ...operationOf(source), variables, defaultListSize: 10 });
}

describe('operation measures', () => {
  it('costs every field 1, multiplied by the page asked for or the default list size', () => {
    expect(cost('{ ticket(id: 1) { id tags } }')).toBe(3);
    // ticket 1 + messages (1 + 10 × body 1)
    expect(cost('{ ticket(id: 1) { messages { body } } }')).toBe(1 + 1 + 10);
    // tickets 1 + 5 × (totalCount 1 + edges (1 + 1 × (node 1 + id 1))): edges is the page itself
    expect(cost('{ tickets(first: 5) { totalCount edges { node { id } } } }')).toBe(1 + 5 * (1 + 1 + 1 + 1));
    expect(cost('query($n: Int!) { tickets(first: $n) { totalCount } }', { n: 50 })).toBe(1 + 50);
    expect(cost('{ tickets { totalCount } }')).toBe(1 + 20);
    expect(cost('{ ticket(id: 1) { similar { similar { id } } } }')).toBe(1 + 1 + 5 * (1 + 5));
  });

  it('measures depth, aliases and root fields through fragments', () => {
    const source = 'query { a: ticket(id: 1) { ...T } b: ticket(id: 2) { id } } fragment T on Ticket { similar { x: id } }';
    const { operation, fragments } = operationOf(source);
    expect(operationDepth(operation, fragments)).toBe(3);
    expect(aliasCount(operation, fragments)).toBe(3);
    expect(rootFieldCount(operation.selectionSet, fragments)).toBe(2);
    expect(selectsIntrospection(operation.selectionSet, fragments)).toBe(false);
    const introspection = operationOf('{ ...Q } fragment Q on Query { __schema { types { name } } }');
    expect(selectsIntrospection(introspection.operation.selectionSet, introspection.fragments)).toBe(true);
  });

  it('stays linear on a fragment fan-out that would be exponential to expand', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment F${level} on Ticket { a${level}: id }` : `fragment F${level} on Ticket { similar { ...F${level + 1} ...F${level + 1} } }`,
    ).join('\n');
    const { operation, fragments: byName } = operationOf(`{ ticket(id: 1) { ...F0 } } ${fragments}`);
    // 2^39 aliases: an expanding walk would never finish (the test would time out); a linear one counts them.
    expect(operationDepth(operation, byName)).toBe(levels + 1);
    expect(aliasCount(operation, byName)).toBe(2 ** (levels - 1));
    expect(cost(`{ ticket(id: 1) { ...F0 } } ${fragments}`)).toBeGreaterThan(1e20);
  });
});
