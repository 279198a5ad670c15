/** The part of better-sqlite3's Database this needs. */
interface PreparingDatabase {
  prepare(sql: string): unknown;
}

/**
 * Kysely (under MikroORM) prepares every query anew; preparing costs more than running most of
 * ours. better-sqlite3 statements are reusable, so keep the last `capacity` of them by SQL text.
 * Safe because every use is synchronous (`run`/`all`/`get`), never an open iterator.
 */
export function cachePreparedStatements(database: PreparingDatabase, capacity = 500): void {
  const prepare = database.prepare.bind(database);
  const statements = new Map<string, unknown>();
  database.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
    }
    return statement;
  };
}
