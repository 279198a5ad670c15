import { createEphemeralKeyring } from '@support-graph/runtime';
import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { createMongoTicketStore } from '../src/store/create-ticket-store.js';
import { ticketStoreContract } from './ticket-store-contract.js';

/** The contract on a MongoDB (replica set) at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

ticketStoreContract(
  'MikroORM on MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
    try {
      await client.db().dropDatabase();
    } finally {
      await client.close();
    }
    return createMongoTicketStore(url, createEphemeralKeyring());
  },
  mongo.skipReason,
);
