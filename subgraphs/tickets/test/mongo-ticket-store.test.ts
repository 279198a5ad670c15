import { createEphemeralKeyring } from '@support-graph/runtime';
import { connectMongoForTest } from '../../../packages/runtime/test/support/mongo-availability.js';
import { createMongoTicketStore } from '../src/store/create-ticket-store.js';
import { ticketStoreContract } from './ticket-store-contract.js';

/** Runs the contract when a MongoDB (replica set) answers at MONGODB_URL; says so when it does not. */
async function openWhenReachable() {
  const mongo = await connectMongoForTest('MongoDB ticket store contract');
  if (!mongo) return undefined;
  try {
    await mongo.client.db().dropDatabase();
  } finally {
    await mongo.client.close();
  }
  return createMongoTicketStore(mongo.url, createEphemeralKeyring());
}

ticketStoreContract('MikroORM on MongoDB', openWhenReachable);
