import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '@support-graph/gateway';
import { issueDevToken, loadOrCreateDevKeys, signIdentityHeader, IDENTITY_HEADER, type Role } from '@support-graph/runtime';
import type { GraphQLResponse } from './platform-fixture.js';

const START_ALL = join(process.cwd(), 'gateway', 'dist', 'start-all.js');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs` saying what it waited for. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * The whole platform as `npm start` runs it (`gateway/dist/start-all.js`, built by `npm test`), in a
 * child process so a test can `kill -9` it and start it again on the same DATA_DIR and ports.
 */
export class PlatformProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** Everything the process printed (structured log lines), for assertions and for failure messages. */
  readonly output: string[] = [];
  readonly dataDir = mkdtempSync(join(tmpdir(), 'support-graph-process-'));

  private constructor(
    private readonly env: Record<string, string>,
    /** The gateway's port and one per subgraph of the catalog (the process takes no default port, so runs never collide). */
    readonly ports: Readonly<Record<string, number>> & { readonly gateway: number },
  ) {}

  static async create(env: Record<string, string> = {}): Promise<PlatformProcess> {
    if (!existsSync(START_ALL)) throw new Error(`${START_ALL} is missing: run node scripts/build.mjs (npm test does)`);
    const ports: Record<string, number> & { gateway: number } = { gateway: await freePort() };
    for (const subgraph of SUBGRAPHS) ports[subgraph.name] = await freePort();
    return new PlatformProcess(env, ports);
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}`;
  }

  /** Starts the process; resolves once the gateway answers `/health` (not `/ready`: Redis may be down on purpose). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, [START_ALL], {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATA_DIR: this.dataDir,
        TRIAGE_TRAINING_DATA: 'none',
        ...Object.fromEntries(Object.entries(this.ports).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])),
        // A burst of 200 from one customer is the point of these tests, not a rate-limit case.
        RATE_LIMIT_BURST: '10000',
        RATE_LIMIT_PER_SECOND: '10000',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        this.output.push(...lines);
      });
    }
    let gone = false;
    void this.exited.then(() => (gone = true));
    await eventually(
      'the gateway to answer /health',
      async () => {
        if (gone) throw new Error(`the platform exited while starting:\n${this.output.slice(-20).join('\n')}`);
        const response = await fetch(`${this.gatewayUrl}/health`);
        return response.ok ? true : undefined;
      },
      120_000,
    );
  }

  /** `kill -9`: no shutdown hook runs, nothing is flushed. */
  async kill9(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
  }

  async dispose(): Promise<void> {
    await this.kill9();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async ready(): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.gatewayUrl}/ready`);
    return { status: response.status, body: await response.json() };
  }

  /** A dev token signed with the keys under DATA_DIR (created here before the first start if missing). */
  async token(role: Role, subject: string): Promise<string> {
    const keys = await loadOrCreateDevKeys(this.dataDir);
    return issueDevToken({ role, subject, issuer: 'support-graph-dev', audience: 'support-graph' }, keys.jwtPrivateKey);
  }

  async graphql<TData = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
    const response = await fetch(`${this.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as object) };
  }

  /** A query straight to one subgraph as a peer service would send it (signed `service` identity), e.g. an @inaccessible field. */
  async asService<TData = any>(subgraph: 'tickets' | 'knowledge' | 'agents', query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
    const keys = await loadOrCreateDevKeys(this.dataDir);
    const response = await fetch(`http://127.0.0.1:${this.ports[subgraph]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentityHeader({ subject: 'durability-test', role: 'service' }, keys.internalSigningKey) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as object) };
  }
}
