import { loadConfigOrExit } from '@support-graph/runtime';
import { startPlatform } from './start-platform.js';
import { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';

/** `npm start`: the whole platform in one process on the embedded defaults. */
const platform = await startPlatform({ config: loadConfigOrExit(process.env, SUBGRAPHS) });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform.stop().then(() => process.exit(0));
  });
}
