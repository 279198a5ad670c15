import { MongoClient } from 'mongodb';
import { createMongoAgentRunStore } from '../src/store/create-agent-run-store.js';
import { agentRunStoreContract } from './agent-run-store-contract.js';

const url = process.env['MONGODB_URL'];

/** Runs the contract when a MongoDB answers at MONGODB_URL; says so when it does not. */
async function openWhenReachable() {
  if (!url) {
    process.stderr.write('MONGODB_URL not set: MongoDB agent-run store contract skipped\n');
    return undefined;
  }
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500 });
  try {
    await client.connect();
    await client.db().collection('agent_runs').drop().catch(() => undefined);
    await client.db().collection('triage_overrides').drop().catch(() => undefined);
    await client.db().collection('agent_effects').drop().catch(() => undefined);
  } catch {
    process.stderr.write(`MongoDB at ${url} did not answer: agent-run store contract skipped\n`);
    return undefined;
  } finally {
    await client.close();
  }
  return createMongoAgentRunStore(url);
}

agentRunStoreContract('MikroORM on MongoDB', openWhenReachable);
