import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { eventually, freePort } from './platform-process.js';

/**
 * A redis-server of the test's own on a free port, without persistence, that the test may stop and
 * start: the shared Redis at 6379 is never stopped or flushed. A restart comes back empty.
 */
export class PrivateRedis {
  private server: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(readonly port: number) {}

  static async create(): Promise<PrivateRedis> {
    return new PrivateRedis(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.server = server;
    this.exited = new Promise((resolve) => server.once('exit', () => resolve()));
    await eventually('the private Redis to answer', () => this.ping(), 10_000, 50);
  }

  /** Stops the server at once (its data is gone: no persistence). */
  async stop(): Promise<void> {
    this.server?.kill('SIGKILL');
    await this.exited;
    this.server = undefined;
  }

  /** Answers PING, or undefined. */
  async ping(): Promise<true | undefined> {
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
    probe.on('error', () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG' ? true : undefined;
    } catch {
      return undefined;
    } finally {
      probe.disconnect();
    }
  }

  /** Keys under a prefix, to show nothing was written outside REDIS_PREFIX. */
  async keys(pattern: string): Promise<string[]> {
    const client = new Redis(this.url);
    try {
      return await client.keys(pattern);
    } finally {
      client.disconnect();
    }
  }
}
