import { MongoClient } from 'mongodb';
import type { ServerProbe } from './server-probe.js';

/** A connected client, or a rejection when nobody answers within 1.5 s. The caller closes it. */
export async function connectMongo(url: string): Promise<MongoClient> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The MongoDB at MONGODB_URL, when it is set and answers. */
export async function probeMongo(): Promise<ServerProbe> {
  const url = process.env['MONGODB_URL'];
  if (!url) return { skipReason: 'MONGODB_URL not set' };
  try {
    await (await connectMongo(url)).close();
    return { url };
  } catch {
    return { skipReason: `MongoDB at ${url} did not answer` };
  }
}
