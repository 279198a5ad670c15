import { parseArgs } from 'node:util';
import { InProcessEventBus, loadConfig } from '@support-graph/runtime';
import { createDirectoryStore, DirectoryService } from '@support-graph/tickets';

/**
 * `npm run -s apikey -- --name acme`: creates a partner API key and prints it once (only its hash is
 * stored). Requests with `X-Api-Key: <key>` act as role `partner` with the name as principal.
 */
const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name) {
  process.stderr.write('usage: npm run -s apikey -- --name <partner integration name>\n');
  process.exit(2);
}
const store = await createDirectoryStore(loadConfig());
try {
  const { key } = await new DirectoryService(store, new InProcessEventBus()).createApiKey('cli', values.name);
  process.stdout.write(`${key}\n`);
} finally {
  await store.close();
}
