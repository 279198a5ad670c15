import neo4j from 'neo4j-driver';
import type { ServerProbe } from './server-probe.js';

export interface Neo4jServer {
  readonly url: string;
  readonly user: string;
  readonly password: string | undefined;
}

/** The Neo4j at NEO4J_URL (NEO4J_USER, NEO4J_PASSWORD), when it is set and answers. */
export async function probeNeo4j(): Promise<ServerProbe<Neo4jServer>> {
  const url = process.env['NEO4J_URL'];
  if (!url) return { skipReason: 'NEO4J_URL not set' };
  const server = { url, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] };
  const driver = neo4j.driver(url, neo4j.auth.basic(server.user, server.password ?? ''), { connectionTimeout: 1500 });
  try {
    await driver.verifyConnectivity();
    return server;
  } catch {
    return { skipReason: `Neo4j at ${url} did not answer` };
  } finally {
    await driver.close();
  }
}
