import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '@support-graph/gateway';
import { loadConfigOrExit, loadOrCreateDevKeys } from '@support-graph/runtime';

/**
 * `npm run start:distributed`: the production layout on one host. Every subgraph of the list and the
 * gateway run as their own process (`start-subgraph.js <name>`, `main.js`), exactly as each container
 * of docker-compose and each Deployment of the Helm chart does, sharing Redis for events, queues and
 * live updates. Stops every process on SIGINT/SIGTERM, and all of them when one dies.
 */
const config = loadConfigOrExit(process.env, SUBGRAPHS);
if (!config.REDIS_URL) {
  process.stderr.write('start:distributed needs REDIS_URL: separate processes share events, queues and live updates through Redis\n');
  process.exit(2);
}
// Created once here, before any service starts, so the processes read the same dev keys (with the
// production variables set, nothing is generated).
await loadOrCreateDevKeys(config.DATA_DIR);

const dist = (file: string) => fileURLToPath(new URL(`../../gateway/dist/${file}`, import.meta.url));
const urls = Object.fromEntries(
  SUBGRAPHS.map((subgraph) => {
    const endpoint = config.SUBGRAPH_ENDPOINTS[subgraph.name]!;
    return [`${subgraph.name.toUpperCase()}_URL`, endpoint.url ?? `http://127.0.0.1:${endpoint.port}/graphql`];
  }),
);
const children = new Map<string, ChildProcess>();
let stopping = false;

/** One service in its own process; its output lines are prefixed with its name. */
function launch(name: string, script: string, args: readonly string[]): void {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...urls }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(name, child);
  for (const [stream, target] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  }
  child.once('exit', (code, signal) => {
    children.delete(name);
    if (stopping) return;
    process.stderr.write(`[${name}] exited (${signal ?? code}): stopping the other services\n`);
    void stopAll(1);
  });
}

async function healthy(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(1000) }).then((response) => response.ok, () => false);
}

async function stopAll(exitCode: number): Promise<void> {
  stopping = true;
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll(0));

for (const subgraph of SUBGRAPHS) launch(subgraph.name, dist('start-subgraph.js'), [subgraph.name]);
// The gateway plans against the subgraphs: it starts once each answers /health.
for (const subgraph of SUBGRAPHS) {
  const health = urls[`${subgraph.name.toUpperCase()}_URL`]!.replace(/\/graphql$/, '/health');
  while (!stopping && !(await healthy(health))) await new Promise((resolve) => setTimeout(resolve, 200));
}
if (!stopping) launch('gateway', dist('main.js'), []);
