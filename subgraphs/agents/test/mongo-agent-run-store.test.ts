import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { createMongoAgentRunStore } from '../src/store/create-agent-run-store.js';
import { agentRunStoreContract } from './agent-run-store-contract.js';

/** The contract on a MongoDB at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

agentRunStoreContract(
  'MikroORM on MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
    try {
      for (const collection of ['agent_runs', 'triage_overrides', 'agent_effects']) {
        await client.db().collection(collection).drop().catch(() => undefined);
      }
    } finally {
      await client.close();
    }
    return createMongoAgentRunStore(url);
  },
  mongo.skipReason,
);
