import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, SUBGRAPHS, type RunningPlatform } from '@support-graph/gateway';
import { createLogger, issueDevToken, loadConfig, loadOrCreateDevKeys, type PlatformConfig, type Role, type SubgraphDescriptor } from '@support-graph/runtime';

export interface GraphQLResponse<TData = any> {
  readonly status: number;
  readonly data?: TData;
  readonly errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  readonly text: string;
}

/** A whole platform on the embedded defaults, in a temporary DATA_DIR, on free ports: what `npm start` runs. */
export class PlatformFixture {
  private constructor(
    private running: RunningPlatform,
    readonly config: PlatformConfig,
    private readonly dataDir: string,
    private readonly subgraphs: readonly SubgraphDescriptor[] | undefined,
  ) {}

  /** `subgraphs`: another list than the platform's (a test adding a subgraph); the supergraph is then composed at start. */
  static async start(env: Record<string, string> = {}, subgraphs?: readonly SubgraphDescriptor[]): Promise<PlatformFixture> {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-graph-test-'));
    // No triage training by default: it takes tens of seconds of CPU, and tests that need a model train a small one.
    // No demo workspace either: tests start from an empty one unless they ask for the demo.
    const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent', TRIAGE_TRAINING_DATA: 'none', DEMO_DATA: 'false', ...env }, subgraphs ?? SUBGRAPHS);
    return new PlatformFixture(await PlatformFixture.launch(config, subgraphs), config, dataDir, subgraphs);
  }

  private static launch(config: PlatformConfig, subgraphs: readonly SubgraphDescriptor[] | undefined): Promise<RunningPlatform> {
    return startPlatform({ config, anyFreePort: true, logger: createLogger('test', (process.env['FIXTURE_LOG_LEVEL'] as 'silent') ?? 'silent'), ...(subgraphs ? { subgraphs } : {}) });
  }

  get platform(): RunningPlatform {
    return this.running;
  }

  /** Stops the platform and starts it again on the same DATA_DIR (new ports): what a laptop restart does. */
  async restart(): Promise<void> {
    await this.running.stop();
    this.running = await PlatformFixture.launch(this.config, this.subgraphs);
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.platform.gateway.port}/graphql`;
  }

  subgraphUrl(name: string): string {
    const started = this.platform.subgraphs.get(name);
    if (!started) throw new Error(`no subgraph ${name}`);
    return started.subgraph.url;
  }

  /** A dev token exactly as `npm run -s token -- --role R --sub S` prints it. */
  async token(role: Role, subject?: string, options: { audience?: string; expiresIn?: string } = {}): Promise<string> {
    const keys = await loadOrCreateDevKeys(this.config.DATA_DIR);
    return issueDevToken(
      {
        role,
        subject: subject ?? (role === 'customer' ? 'customer@example.com' : `${role}@support.local`),
        issuer: this.config.JWT_ISSUER,
        audience: options.audience ?? this.config.JWT_AUDIENCE,
        ...(options.expiresIn ? { expiresIn: options.expiresIn } : {}),
      },
      keys.jwtPrivateKey,
    );
  }

  /** POSTs a GraphQL request to the gateway (or another URL) the way any HTTP client would. */
  async graphql<TData = any>(
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
    options: { url?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(options.url ?? this.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: TData; errors?: GraphQLResponse['errors'] };
    return { status: response.status, text, ...body };
  }

  async stop(): Promise<void> {
    await this.running.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.['code']);
}
