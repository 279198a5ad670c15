import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '@support-graph/gateway';

/** The platform as `npm start` runs it, in its own process (so the load generator does not share its event loop). */
export interface PlatformProcess {
  readonly url: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  peakRssMb(): number;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function startPlatformProcess(
  port: number,
  extraEnv: Record<string, string> = {},
  /** Fills DATA_DIR before the platform starts (a benchmark's data set). */
  prepare?: (dataDir: string) => Promise<void>,
): Promise<PlatformProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-graph-bench-'));
  await prepare?.(dataDir);
  const child = spawn(process.execPath, [join(root, 'gateway/dist/start-all.js')], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      GATEWAY_PORT: String(port),
      // Each subgraph of the catalog on the next port up, so two benchmarks on different ports never collide.
      ...Object.fromEntries(SUBGRAPHS.map((subgraph, index) => [`${subgraph.name.toUpperCase()}_PORT`, String(port + 1 + index)])),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Benchmarks start from an empty workspace: their figures do not include the demo's tickets.
      DEMO_DATA: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 1200 || child.exitCode !== null) {
      // Not left behind holding the ports.
      child.kill('SIGTERM');
      throw new Error('the platform did not become ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    dataDir,
    child,
    peakRssMb() {
      // VmHWM: the process's peak resident set size so far.
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
