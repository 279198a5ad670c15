import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from '@support-graph/runtime';
import type { DatasetItem } from '../dataset-item.js';
import type { DatasetSource, DatasetStore, DatasetVersion } from '../dataset-store.js';

interface DatasetRow {
  name: string;
  version: number;
  source: string;
  items: string;
  created_by: string;
  created_at: string;
}

const datasetOf = (row: DatasetRow): DatasetVersion => ({
  name: row.name,
  version: row.version,
  source: row.source as DatasetSource,
  items: JSON.parse(row.items) as DatasetItem[],
  createdBy: row.created_by,
  createdAt: row.created_at,
});

export function createSqliteDatasetStore(db: DatabaseSync, now: () => Date = () => new Date()): DatasetStore {
  const latest = db.prepare('select * from datasets where name = ? order by version desc limit 1');
  const exact = db.prepare('select * from datasets where name = ? and version = ?');
  const newest = db.prepare('select d.* from datasets d where d.version = (select max(version) from datasets where name = d.name) order by d.name');
  const insert = db.prepare('insert into datasets (name, version, source, items, created_by, created_at) values (?, ?, ?, ?, ?, ?)');
  return {
    async append(dataset) {
      return immediateTransaction(db, () => {
        const before = latest.get(dataset.name) as DatasetRow | undefined;
        const row: DatasetRow = {
          name: dataset.name,
          version: (before?.version ?? 0) + 1,
          source: dataset.source,
          items: JSON.stringify(dataset.items),
          created_by: dataset.createdBy,
          created_at: now().toISOString(),
        };
        insert.run(row.name, row.version, row.source, row.items, row.created_by, row.created_at);
        return datasetOf(row);
      });
    },
    async dataset(name, version) {
      const row = (version === undefined ? latest.get(name) : exact.get(name, version)) as DatasetRow | undefined;
      return row ? datasetOf(row) : undefined;
    },
    async latestVersions() {
      return (newest.all() as unknown as DatasetRow[]).map(datasetOf);
    },
  };
}
