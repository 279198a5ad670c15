import { MongoClient } from 'mongodb';

/**
 * A connected client to the MongoDB at MONGODB_URL, or undefined after saying on stderr that `suite`
 * is skipped (no URL, or nobody answers within 1.5 s). The caller closes the client.
 */
export async function connectMongoForTest(suite: string): Promise<{ url: string; client: MongoClient } | undefined> {
  const url = process.env['MONGODB_URL'];
  if (!url) {
    process.stderr.write(`MONGODB_URL not set: ${suite} skipped\n`);
    return undefined;
  }
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1500 });
  try {
    await client.connect();
    return { url, client };
  } catch {
    await client.close();
    process.stderr.write(`MongoDB at ${url} did not answer: ${suite} skipped\n`);
    return undefined;
  }
}
