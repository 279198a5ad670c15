import { parseArgs } from 'node:util';
import { issueDevToken, loadConfig, loadOrCreateDevKeys } from '@support-graph/runtime';
import { freePorts } from './free-port.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { runLoad, type LoadResult } from './http-load.js';
import { startPlatformProcess } from './platform-process.js';
import { processCpuMs } from './process-cpu.js';
import { readScenarios } from './read-workload.js';
import { seedReadWorkload } from './seed-read-workload.js';

/**
 * `npm run -s bench:gateway [-- --concurrency 32 --duration 10 --rounds 2 --tickets 100]`: the read
 * path of our gateway beside Hive Gateway and a bare Apollo Gateway, on the same subgraphs. The
 * subgraphs run once (`npm start`'s process, embedded defaults) and are seeded with triaged tickets
 * and published articles; each gateway runs standalone in its own process (production mode, real
 * tokens, signed identity header to the subgraphs). Legs alternate gateway by gateway within each
 * round, so the machine's noise spreads over all three. Prints one JSON object.
 */
const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    tickets: { type: 'string', default: '100' },
    /** Comma-separated subset of ours,hive,apollo. */
    gateways: { type: 'string', default: 'ours,hive,apollo' },
    /** Comma-separated subset of identical,varied,cross_subgraph. */
    scenarios: { type: 'string', default: 'identical,varied,cross_subgraph' },
    /** Write a V8 CPU profile of the subgraphs' process here (node --cpu-prof), for `bench/dist/cpu-profile-summary.js`. */
    'profile-dir': { type: 'string' },
  },
});
const concurrency = Number(values.concurrency);
const durationMs = Number(values.duration) * 1000;
const rounds = Number(values.rounds);
const ticketCount = Number(values.tickets);

const [platformPort = 0, ticketsPort, knowledgePort, agentsPort, ...gatewayPorts] = await freePorts(7);
const platform = await startPlatformProcess(platformPort, {
  TICKETS_PORT: String(ticketsPort),
  KNOWLEDGE_PORT: String(knowledgePort),
  AGENTS_PORT: String(agentsPort),
  AGENTS_AUTOMATION: 'true',
  TRIAGE_TRAINING_DATA: 'none',
  RATE_LIMIT_BURST: '1000000',
  RATE_LIMIT_PER_SECOND: '1000000',
  ...(values['profile-dir'] ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${values['profile-dir']}` } : {}),
});
const gateways: GatewayProcess[] = [];
try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = await issueDevToken({ role: 'agent', subject: 'bench@support.local', issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const seeded = await seedReadWorkload({ url: platform.url, token, tickets: ticketCount });

  const gatewayEnv = {
    DATA_DIR: platform.dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    TICKETS_URL: `http://127.0.0.1:${ticketsPort}/graphql`,
    KNOWLEDGE_URL: `http://127.0.0.1:${knowledgePort}/graphql`,
    AGENTS_URL: `http://127.0.0.1:${agentsPort}/graphql`,
    RATE_LIMIT_BURST: '1000000',
    RATE_LIMIT_PER_SECOND: '1000000',
  };
  const wanted = new Set(values.gateways.split(','));
  const starters: Record<string, (port: number) => Promise<GatewayProcess>> = {
    ours: (port) => startGatewayProcess({ name: 'ours', script: 'gateway/dist/main.js', port, env: { ...gatewayEnv, GATEWAY_PORT: String(port) }, headers }),
    hive: (port) => startGatewayProcess({ name: 'hive', script: 'bench/dist/hive-gateway-server.js', args: [String(port)], port, env: gatewayEnv, headers }),
    apollo: (port) => startGatewayProcess({ name: 'apollo', script: 'bench/dist/apollo-gateway-server.js', args: [String(port)], port, env: gatewayEnv, headers }),
  };
  for (const [index, [name, start]] of Object.entries(starters).entries()) if (wanted.has(name)) gateways.push(await start(gatewayPorts[index] ?? 0));

  const wantedScenarios = new Set(values.scenarios.split(','));
  const scenarios = readScenarios(ticketCount).filter((scenario) => wantedScenarios.has(scenario.name));
  // Warm-up: JIT, query plans, SQLite pages, for every gateway and body.
  for (const gateway of gateways) for (const scenario of scenarios) await runLoad({ url: gateway.url, headers, concurrency, durationMs: 1500, body: scenario.body });

  interface Leg extends LoadResult {
    readonly gateway_cpu_ms_per_request: number;
    readonly subgraphs_cpu_ms_per_request: number;
  }
  const legs = new Map<string, Leg[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const scenario of scenarios) {
      for (const gateway of gateways) {
        const gatewayCpu = processCpuMs(gateway.pid);
        const subgraphsCpu = processCpuMs(platform.child.pid ?? 0);
        const result = await runLoad({ url: gateway.url, headers, concurrency, durationMs, body: scenario.body });
        const requests = Math.max(1, result.requests);
        const leg: Leg = {
          ...result,
          gateway_cpu_ms_per_request: round2((processCpuMs(gateway.pid) - gatewayCpu) / requests),
          subgraphs_cpu_ms_per_request: round2((processCpuMs(platform.child.pid ?? 0) - subgraphsCpu) / requests),
        };
        const key = `${gateway.name}/${scenario.name}`;
        legs.set(key, [...(legs.get(key) ?? []), leg]);
      }
    }
  }

  // Each figure is the mean over the rounds.
  const mean = (runs: readonly Leg[], pick: (leg: Leg) => number) => round2(runs.reduce((sum, leg) => sum + pick(leg), 0) / runs.length);
  const results: Record<string, Record<string, unknown>> = {};
  for (const [key, runs] of legs) {
    const [gateway = '', scenario = ''] = key.split('/');
    results[gateway] ??= {};
    results[gateway][scenario] = {
      requests_per_s: mean(runs, (leg) => leg.requests_per_s),
      p50_ms: mean(runs, (leg) => leg.p50_ms),
      p99_ms: mean(runs, (leg) => leg.p99_ms),
      errors: runs.reduce((sum, leg) => sum + leg.errors, 0),
      gateway_cpu_ms_per_request: mean(runs, (leg) => leg.gateway_cpu_ms_per_request),
      subgraphs_cpu_ms_per_request: mean(runs, (leg) => leg.subgraphs_cpu_ms_per_request),
      rounds_requests_per_s: runs.map((leg) => leg.requests_per_s),
    };
  }
  const rps = (gateway: string, scenario: string) => (results[gateway]?.[scenario] as { requests_per_s?: number } | undefined)?.requests_per_s;
  const ratio = (scenario: string) => {
    const ours = rps('ours', scenario);
    const hive = rps('hive', scenario);
    return ours !== undefined && hive ? round2(ours / hive) : null;
  };
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'gateway',
        concurrency,
        duration_s: durationMs / 1000,
        rounds,
        seeded,
        ours_vs_hive_identical: ratio('identical'),
        ours_vs_hive_varied: ratio('varied'),
        ours_vs_hive_cross_subgraph: ratio('cross_subgraph'),
        results,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  for (const gateway of gateways) await gateway.stop();
  await platform.stop();
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
