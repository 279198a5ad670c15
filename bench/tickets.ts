import { parseArgs } from 'node:util';
import { issueDevToken, loadConfig, loadOrCreateDevKeys } from '@support-graph/runtime';
import { runLoad } from './http-load.js';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run bench:tickets [-- --concurrency 32 --duration 10]`: starts the platform on the embedded
 * defaults in its own process, drives the gateway over HTTP with N closed-loop clients (createTicket,
 * then the ticket query), and prints one JSON object.
 */
const { values } = parseArgs({
  options: { concurrency: { type: 'string', default: '32' }, duration: { type: 'string', default: '10' }, port: { type: 'string', default: '4100' } },
});
const concurrency = Number(values.concurrency);
const durationMs = Number(values.duration) * 1000;

const platform = await startPlatformProcess(Number(values.port));
try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = await issueDevToken({ role: 'agent', subject: 'bench@support.local', issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  const createQuery = 'mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { id number status } }';
  const createBody = (client: number, sequence: number) =>
    JSON.stringify({
      query: createQuery,
      variables: { input: { subject: `Bench ticket ${client}-${sequence}`, description: 'My card payment was declined twice today.', tags: ['bench'], customer: { email: `customer${client}@example.com` } } },
    });
  // Warm-up: JIT, query plan cache, SQLite pages.
  await runLoad({ url: platform.url, headers, concurrency, durationMs: 2000, body: createBody });

  const ids: string[] = [];
  const create = await runLoad({ url: platform.url, headers, concurrency, durationMs, body: createBody, onData: (data) => ids.push(data.createTicket.id) });

  const ticketQuery = 'query Get($id: ID!) { ticket(id: $id) { id number subject status priority tags customer { name email } messages { body } } }';
  const query = await runLoad({
    url: platform.url,
    headers,
    concurrency,
    durationMs,
    body: (client, sequence) => JSON.stringify({ query: ticketQuery, variables: { id: ids[(client * 7919 + sequence) % ids.length] } }),
  });

  process.stdout.write(
    `${JSON.stringify({ benchmark: 'tickets', mode: 'embedded', concurrency, duration_s: durationMs / 1000, createTicket: create, ticketQuery: query, peak_rss_mb: platform.peakRssMb() }, null, 2)}\n`,
  );
} finally {
  await platform.stop();
}
