import { loadConfigOrExit, startTracing } from '@support-graph/runtime';
import { startPlatform } from './start-platform.js';
import { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';

/** `npm start`: the whole platform in one process on the embedded defaults. */
const config = loadConfigOrExit(process.env, SUBGRAPHS);
// One process: every span is `support-graph`, each names its part in `support_graph.service`.
const tracing = startTracing({ serviceName: 'support-graph', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const platform = await startPlatform({ config });
if (platform.demo?.partnerKey) {
  // Shown once, on the console only (never logged): only its hash is stored.
  process.stdout.write(`\nDemo partner integration "${platform.demo.partner}": X-Api-Key ${platform.demo.partnerKey}\n(shown once; create another with npm run -s apikey -- --name <name>)\n\n`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform.stop().then(() => tracing?.shutdown()).then(() => process.exit(0));
  });
}
