import { parseArgs } from 'node:util';
import { InProcessEventBus, loadConfigOrExit, openAuditLog } from '@support-graph/runtime';
import { AuditedDirectoryService, createDirectoryStore } from '@support-graph/tickets';

/**
 * `npm run -s apikey -- --name acme`: creates a partner API key and prints it once (only its hash is
 * stored). Requests with `X-Api-Key: <key>` act as role `partner` with the name as principal. Audited
 * like the admin mutation: `directory.api_key_created` on the tickets chain, actor `cli`.
 */
const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name) {
  process.stderr.write('usage: npm run -s apikey -- --name <partner integration name>\n');
  process.exit(2);
}
const config = loadConfigOrExit();
const store = await createDirectoryStore(config);
try {
  const audit = await openAuditLog(config, 'tickets');
  try {
    const { key } = await new AuditedDirectoryService(store, new InProcessEventBus(), audit).createApiKey('cli', values.name);
    process.stdout.write(`${key}\n`);
  } finally {
    await audit.close();
  }
} finally {
  await store.close();
}
