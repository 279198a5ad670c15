import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import type { CypherParams, CypherRow, CypherStatement, KnowledgeGraph } from '../knowledge-graph.js';

/** Kùzu needs declared tables; Neo4j creates labels on first write, so this DDL is Kùzu's alone. */
const SCHEMA = [
  'CREATE NODE TABLE IF NOT EXISTS Article(id STRING, externalId STRING, title STRING, body STRING, summary STRING, tags STRING[], locale STRING, status STRING, version INT64, helpfulCount INT64, unhelpfulCount INT64, contentHash STRING, createdAt STRING, updatedAt STRING, PRIMARY KEY(id))',
  'CREATE NODE TABLE IF NOT EXISTS ArticleVersion(id STRING, articleId STRING, version INT64, author STRING, at STRING, changes STRING[], title STRING, body STRING, summary STRING, tags STRING[], locale STRING, status STRING, PRIMARY KEY(id))',
  'CREATE NODE TABLE IF NOT EXISTS Topic(id STRING, name STRING, PRIMARY KEY(id))',
  'CREATE NODE TABLE IF NOT EXISTS Product(id STRING, name STRING, PRIMARY KEY(id))',
  // No ticket text: the similar-ticket index holds it and forgets it on erasure; Kùzu has no vacuum.
  'CREATE NODE TABLE IF NOT EXISTS Ticket(id STRING, status STRING, updatedAt STRING, PRIMARY KEY(id))',
  'CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Article TO Topic, FROM Article TO Product)',
  'CREATE REL TABLE IF NOT EXISTS RELATED(FROM Article TO Article)',
  'CREATE REL TABLE IF NOT EXISTS RESOLVED_BY(FROM Ticket TO Article, at STRING)',
  'CREATE REL TABLE IF NOT EXISTS SIMILAR(FROM Ticket TO Ticket, score DOUBLE)',
];

/** Ticket columns of graphs created before ticket text left the graph: dropped on open. */
const RETIRED_TICKET_COLUMNS = ['subject', 'description'];

/**
 * Embedded graph: Kùzu in-process, one database folder under the data dir (or in memory).
 * Kùzu runs one write transaction at a time, so every call goes through one serial queue.
 *
 * Native lifetime rule (Kùzu 0.11's Node addon): a query result owns memory from the database's
 * buffer manager and frees it when the result's native object is destroyed. A result still alive
 * when the database is closed is destroyed later by the garbage collector or at process exit and
 * writes into freed memory: the process dies with SIGSEGV (exit 139). So every result is closed
 * as soon as its rows are read, and nothing runs on the connection once close() has begun.
 */
export class KuzuKnowledgeGraph implements KnowledgeGraph {
  private readonly statements = new Map<string, PreparedStatement>();
  private queue: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly database: Database,
    private readonly connection: Connection,
  ) {}

  /** `path` is the database folder; omit it for an in-memory graph. */
  static async open(path?: string): Promise<KuzuKnowledgeGraph> {
    if (path) mkdirSync(dirname(path), { recursive: true });
    const database = new kuzu.Database(path ?? ':memory:');
    const graph = new KuzuKnowledgeGraph(database, new kuzu.Connection(database));
    for (const ddl of SCHEMA) await graph.run(ddl);
    await graph.dropRetiredTicketColumns();
    return graph;
  }

  run(cypher: string, params: CypherParams = {}): Promise<CypherRow[]> {
    return this.serially(() => this.execute(cypher, params));
  }

  runInTransaction(statements: readonly CypherStatement[]): Promise<void> {
    return this.serially(async () => {
      await this.execute('BEGIN TRANSACTION', {});
      try {
        for (const statement of statements) await this.execute(statement.cypher, statement.params ?? {});
        await this.execute('COMMIT', {});
      } catch (error) {
        await this.execute('ROLLBACK', {});
        throw error;
      }
    });
  }

  /** Waits for queued work, then closes connection and database; later calls reject instead of touching freed memory. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.queue.catch(() => undefined);
      this.statements.clear();
      await this.connection.close();
      await this.database.close();
    })();
    return this.closing;
  }

  private async dropRetiredTicketColumns(): Promise<void> {
    const columns = new Set((await this.run("CALL TABLE_INFO('Ticket') RETURN name")).map((row) => String(row.name)));
    for (const column of RETIRED_TICKET_COLUMNS) if (columns.has(column)) await this.run(`ALTER TABLE Ticket DROP ${column}`);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new Error('Kùzu graph is closed'));
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async execute(cypher: string, params: CypherParams): Promise<CypherRow[]> {
    let prepared = this.statements.get(cypher);
    if (!prepared) {
      prepared = await this.connection.prepare(cypher);
      if (!prepared.isSuccess()) throw new Error(`Kùzu rejected a statement: ${prepared.getErrorMessage()}`);
      this.statements.set(cypher, prepared);
    }
    const outcome = await this.connection.execute(prepared, params as Record<string, KuzuValue>);
    const results: QueryResult[] = Array.isArray(outcome) ? outcome : [outcome];
    try {
      return (await results.at(-1)!.getAll()) as CypherRow[];
    } finally {
      for (const result of results) result.close();
    }
  }
}
