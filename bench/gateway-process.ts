import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A gateway under test in its own process, so its CPU time is its own. */
export interface GatewayProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `node <script relative to the repository> [args]` and waits until it answers a GraphQL request. */
export async function startGatewayProcess(options: {
  name: string;
  script: string;
  args?: readonly string[];
  port: number;
  env: Record<string, string>;
  headers: Record<string, string>;
}): Promise<GatewayProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(root, options.script), ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}/graphql`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(url, { method: 'POST', headers: options.headers, body: JSON.stringify({ query: '{ __typename }' }) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300 || child.exitCode !== null) throw new Error(`${options.name} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name: options.name,
    url,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
