import { connectMongoForTest } from '../../../packages/runtime/test/support/mongo-availability.js';
import { createMongoAgentRunStore } from '../src/store/create-agent-run-store.js';
import { agentRunStoreContract } from './agent-run-store-contract.js';

/** Runs the contract when a MongoDB answers at MONGODB_URL; says so when it does not. */
async function openWhenReachable() {
  const mongo = await connectMongoForTest('MongoDB agent-run store contract');
  if (!mongo) return undefined;
  try {
    for (const collection of ['agent_runs', 'triage_overrides', 'agent_effects']) {
      await mongo.client.db().collection(collection).drop().catch(() => undefined);
    }
  } finally {
    await mongo.client.close();
  }
  return createMongoAgentRunStore(mongo.url);
}

agentRunStoreContract('MikroORM on MongoDB', openWhenReachable);
