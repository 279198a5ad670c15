import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { createRoadmapStore } from '../src/store/create-roadmap-store.js';
import { roadmapStoreContract } from './roadmap-store-contract.js';

/** The contract on a MongoDB at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

roadmapStoreContract(
  'MikroORM on MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
    try {
      for (const collection of ['roadmap_projects', 'roadmap_issues', 'roadmap_sprints', 'roadmap_versions', 'roadmap_ticket_links', 'roadmap_component_owners', 'roadmap_sync_cursors']) {
        await client.db().collection(collection).drop().catch(() => undefined);
      }
    } finally {
      await client.close();
    }
    return createRoadmapStore({ DATA_DIR: mkdtempSync(join(tmpdir(), 'roadmap-keys-')), MONGODB_URL: url });
  },
  mongo.skipReason,
);
