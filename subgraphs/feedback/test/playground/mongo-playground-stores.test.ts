import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { openPlaygroundStores } from '../../src/playground/open-playground-stores.js';
import { playgroundStoreContract } from './playground-store-contract.js';

/** The contract on a MongoDB at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

playgroundStoreContract(
  'MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
    try {
      for (const collection of ['playground_config_versions', 'playground_labels', 'playground_label_moves', 'playground_datasets', 'playground_evaluation_runs']) {
        await client.db().collection(collection).drop().catch(() => undefined);
      }
    } finally {
      await client.close();
    }
    return openPlaygroundStores({ DATA_DIR: '.', MONGODB_URL: url });
  },
  mongo.skipReason,
);
