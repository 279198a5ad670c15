/** Parameter values the shared Cypher subset passes: scalars and non-empty lists of strings. */
export type CypherValue = string | number | boolean | null | string[];
export type CypherParams = Record<string, CypherValue>;
/** Row values come back as plain JS: numbers (never driver integers), strings, arrays, null. */
export type CypherRow = Record<string, unknown>;

export interface CypherStatement {
  cypher: string;
  params?: CypherParams;
}

/**
 * Port: a property graph spoken to in the Cypher subset that Kùzu and Neo4j both accept
 * (see article-cypher.ts for the rules). Adapters create their own schema on open.
 */
export interface KnowledgeGraph {
  run(cypher: string, params?: CypherParams): Promise<CypherRow[]>;
  /** Runs the statements in one transaction: all or none. */
  runInTransaction(statements: readonly CypherStatement[]): Promise<void>;
  close(): Promise<void>;
}
