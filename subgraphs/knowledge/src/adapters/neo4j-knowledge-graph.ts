import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherParams, CypherRow, CypherStatement, KnowledgeGraph } from '../knowledge-graph.js';

/** Uniqueness constraints Neo4j needs for MERGE to be safe and fast; Kùzu gets the same from primary keys. */
const CONSTRAINTS = ['Article', 'ArticleVersion', 'Topic', 'Product', 'Ticket'].map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

export interface Neo4jConnection {
  url: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Production graph: Neo4j through the official driver, running the same Cypher text as Kùzu. */
export class Neo4jKnowledgeGraph implements KnowledgeGraph {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static async open(connection: Neo4jConnection): Promise<Neo4jKnowledgeGraph> {
    const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password ?? '') : undefined;
    const driver = neo4j.driver(connection.url, auth, { disableLosslessIntegers: true });
    await driver.verifyConnectivity();
    const graph = new Neo4jKnowledgeGraph(driver, connection.database);
    for (const constraint of CONSTRAINTS) await graph.run(constraint);
    // Ticket text left the graph (the similar-ticket index holds it): strip it from nodes written before.
    await graph.run('MATCH (t:Ticket) WHERE t.subject IS NOT NULL OR t.description IS NOT NULL REMOVE t.subject, t.description');
    return graph;
  }

  async run(cypher: string, params: CypherParams = {}): Promise<CypherRow[]> {
    const result = await this.driver.executeQuery(cypher, integerParams(params), { database: this.database });
    return result.records.map((record) => record.toObject() as CypherRow);
  }

  async runInTransaction(statements: readonly CypherStatement[]): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of statements) await tx.run(statement.cypher, integerParams(statement.params ?? {}));
      });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** JS numbers reach Neo4j as floats; whole numbers (versions, LIMIT) must be sent as integers. */
function integerParams(params: CypherParams): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}
