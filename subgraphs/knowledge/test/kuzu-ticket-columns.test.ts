import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { KuzuKnowledgeGraph } from '../src/adapters/kuzu-knowledge-graph.js';

describe('Kùzu graph written before ticket text left it', () => {
  it('drops the Ticket subject and description columns on open, keeping the nodes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kuzu-legacy-'));
    const path = join(dir, 'graph.kuzu');
    try {
      const database = new kuzu.Database(path);
      const connection = new kuzu.Connection(database);
      for (const statement of [
        'CREATE NODE TABLE Ticket(id STRING, subject STRING, description STRING, status STRING, updatedAt STRING, PRIMARY KEY(id))',
        "CREATE (:Ticket {id: 't1', subject: 'Parcel', description: 'lost parcel', status: 'OPEN', updatedAt: '2025-01-01'})",
      ]) {
        const result = await connection.query(statement);
        (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
      }
      await connection.close();
      await database.close();

      const graph = await KuzuKnowledgeGraph.open(path);
      try {
        expect((await graph.run("CALL TABLE_INFO('Ticket') RETURN name")).map((row) => row.name)).toEqual(['id', 'status', 'updatedAt']);
        expect(await graph.run('MATCH (t:Ticket) RETURN t.id AS id, t.status AS status')).toEqual([{ id: 't1', status: 'OPEN' }]);
      } finally {
        await graph.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
