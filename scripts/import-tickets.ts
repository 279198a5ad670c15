import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { configuredSubgraphUrl, SUBGRAPHS } from '@support-graph/gateway';
import { createPeerClient, loadConfigOrExit, resolveInternalSigningKey } from '@support-graph/runtime';
import { splitTicketImport, TicketImportFormat, type TicketImportProblem, type TicketImportSummary } from '@support-graph/tickets';

/**
 * `npm run import:tickets -- --format zendesk|freshdesk|csv|jsonl FILE [--batch 100] [--json]`: sends the
 * export to a running platform's `importTickets` (tickets subgraph at TICKETS_URL, else TICKETS_PORT on
 * this machine) in parts, as an admin signed with the internal key, with a progress bar on stderr and a
 * summary at the end (`--json`: one JSON object on stdout). Formats: docs/import-formats.md.
 */
const IMPORT = `mutation($format: TicketImportFormat!, $content: String!) {
  importTickets(format: $format, content: $content) { created updated unchanged ticketIds skipped { row externalId reason } warnings { row externalId reason } }
}`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, batch: { type: 'string', default: '100' }, json: { type: 'boolean', default: false } },
});
const format = values.format?.toUpperCase();
const file = positionals[0];
const batchSize = Number(values.batch);
if (!isFormat(format) || !file || !Number.isInteger(batchSize) || batchSize < 1) {
  process.stderr.write('usage: npm run import:tickets -- --format zendesk|freshdesk|csv|jsonl FILE [--batch N] [--json]\n');
  process.exit(2);
}

const config = loadConfigOrExit(process.env, SUBGRAPHS);
const tickets = SUBGRAPHS.find((descriptor) => descriptor.name === 'tickets')!;
const client = createPeerClient({
  peer: 'tickets',
  url: () => configuredSubgraphUrl(config, tickets),
  signingKey: await resolveInternalSigningKey(config),
  identity: { subject: 'import-cli', role: 'admin' },
  timeoutMs: 300_000,
});
const batches = splitTicketImport(format, readFileSync(file, 'utf8'), batchSize);
const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
const summary: { -readonly [K in keyof TicketImportSummary]: TicketImportSummary[K] } = { created: 0, updated: 0, unchanged: 0, skipped: [], warnings: [], ticketIds: [] };
let done = 0;
const shift = (problems: readonly TicketImportProblem[], offset: number) => problems.map((problem) => ({ ...problem, row: problem.row + offset }));
for (const batch of batches) {
  const { importTickets: part } = await client.request<{ importTickets: TicketImportSummary }>(IMPORT, { format, content: batch.content });
  summary.created += part.created;
  summary.updated += part.updated;
  summary.unchanged += part.unchanged;
  summary.skipped.push(...shift(part.skipped, batch.rowOffset));
  summary.warnings.push(...shift(part.warnings, batch.rowOffset));
  summary.ticketIds.push(...part.ticketIds);
  done += batch.rows;
  progress(done, total);
}
if (process.stderr.isTTY) process.stderr.write('\n');
if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  process.stdout.write(`created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}\n`);
  for (const problem of [...summary.skipped, ...summary.warnings]) {
    process.stdout.write(`  row ${problem.row}${problem.externalId ? ` (${problem.externalId})` : ''}: ${problem.reason}\n`);
  }
}

function progress(current: number, of: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = of === 0 ? width : Math.round((current / of) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${current}/${of} tickets`);
}

function isFormat(value: string | undefined): value is TicketImportFormat {
  return value !== undefined && (Object.values(TicketImportFormat) as string[]).includes(value);
}
