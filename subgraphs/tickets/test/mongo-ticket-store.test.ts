import { MongoClient } from 'mongodb';
import { createEphemeralKeyring } from '@support-graph/runtime';
import { createMongoTicketStore } from '../src/store/create-ticket-store.js';
import { ticketStoreContract } from './ticket-store-contract.js';

const url = process.env['MONGODB_URL'];

/** Runs the contract when a MongoDB (replica set) answers at MONGODB_URL; says so when it does not. */
async function openWhenReachable() {
  if (!url) {
    process.stderr.write('MONGODB_URL not set: MongoDB contract suite skipped\n');
    return undefined;
  }
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500 });
  try {
    await client.connect();
    await client.db().dropDatabase();
  } catch {
    process.stderr.write(`MongoDB at ${url} did not answer: contract suite skipped\n`);
    return undefined;
  } finally {
    await client.close();
  }
  return createMongoTicketStore(url, createEphemeralKeyring());
}

ticketStoreContract('MikroORM on MongoDB', openWhenReachable);
