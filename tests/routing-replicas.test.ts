import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { describeUnlessSkipped, probeRedis, REDIS_TEST_URL } from '@support-graph/test-kit';
import { PlatformFixture } from './support/platform-fixture.js';
import { freePort } from './support/platform-process.js';
import { assignedCount, routeBurst } from './support/routing-burst.js';
import { teamWithAgents, type TestAgent } from './support/routing-operations.js';

/**
 * Two gateways on one Redis: the platform (gateway A, subgraphs, the Redis roster) and a second
 * gateway B in its own process, half of every burst through each. (Two tickets subgraph processes
 * on one SQLite file lock each other out; replicas of the tickets subgraph run on MongoDB, and the
 * race between their routers is the roster's, shown by subgraphs/tickets/test/agent-roster.test.ts
 * with two Redis connections reserving at once.)
 */
const redis = await probeRedis(REDIS_TEST_URL);

interface Child {
  readonly url: string;
  stop(): Promise<void>;
}

async function spawnReady(script: string, args: string[], env: Record<string, string>, base: string, path: string): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`${base}/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (attempt > 300 || child.exitCode !== null) throw new Error(`${script} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}${path}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

describeUnlessSkipped('routing with two gateways on Redis', redis.skipReason, () => {
  let fixture: PlatformFixture;
  const children: Child[] = [];
  let gatewayB: Child;
  let teams: TestAgent[][];
  const env = { REDIS_URL: REDIS_TEST_URL, REDIS_PREFIX: `routing-test-${randomUUID()}`, AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_SECOND: '100000' };

  beforeAll(async () => {
    fixture = await PlatformFixture.start(env);
    // Every subgraph of the platform, where gateway B finds it (`<NAME>_URL`).
    const urls = Object.fromEntries([...fixture.platform.subgraphs.keys()].map((name) => [`${name.toUpperCase()}_URL`, fixture.subgraphUrl(name)]));
    const shared = { ...env, ...urls, DATA_DIR: fixture.config.DATA_DIR, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    const gatewayPort = await freePort();
    gatewayB = await spawnReady('../gateway/dist/main.js', [], { ...shared, GATEWAY_PORT: String(gatewayPort) }, `http://127.0.0.1:${gatewayPort}`, '/graphql');
    children.push(gatewayB);
    const admin = await fixture.token('admin', 'root@support.local');
    teams = [
      await teamWithAgents(fixture, admin, 'Billing', [3, 5, 8, 12]),
      await teamWithAgents(fixture, admin, 'Technical', [10, 4, 6], (index) => (index === 0 ? { languages: ['de', 'en'] } : { languages: ['en'] })),
      await teamWithAgents(fixture, admin, 'Accounts', [20, 15]),
    ];
  }, 180_000);
  afterAll(async () => {
    for (const child of children.reverse()) await child.stop();
    await fixture?.stop();
    // The shared Redis keeps nothing of this run.
    const client = new Redis(REDIS_TEST_URL);
    const keys = await client.keys(`${env.REDIS_PREFIX}:*`);
    if (keys.length > 0) await client.del(...keys);
    client.disconnect();
  });

  it('assigns a burst of 200 tickets through both gateways with no agent over capacity and no ticket twice', async () => {
    const token = await fixture.token('agent');
    const routed = await routeBurst(fixture, token, teams, [fixture.gatewayUrl, gatewayB.url], 200);
    expect(assignedCount(routed)).toBe(28 + 20 + 35);
  }, 300_000);
});
