import {
  createEventBus,
  createLogger,
  resolveInternalSigningKey,
  type EventBus,
  type Logger,
  type PlatformConfig,
} from '@support-graph/runtime';
import { createAuthenticatorFromConfig } from './create-authenticator-from-config.js';
import { demoTargets } from './demo/demo-targets.js';
import { isWorkspaceEmpty, loadDemoWorkspace, type DemoLoadSummary } from './demo/load-demo-workspace.js';
import { retriageWhenModelReady, type Retriage } from './demo/retriage-when-model-ready.js';
import { startGatewayServer, type RunningGateway } from './gateway-server.js';
import { InProcessDataSource } from './subgraphs/in-process-data-source.js';
import { SUBGRAPHS, type StartedSubgraph } from './subgraphs/subgraph-catalog.js';
import { readSupergraphSdl } from './supergraph-sdl.js';

export interface PlatformOptions {
  readonly config: PlatformConfig;
  readonly logger?: Logger;
  /** Override every port (0 = any free port), e.g. for tests running side by side. */
  readonly anyFreePort?: boolean;
}

export interface RunningPlatform {
  readonly gateway: RunningGateway;
  readonly subgraphs: ReadonlyMap<string, StartedSubgraph>;
  readonly bus: EventBus;
  /** What the demo load did on this start (DEMO_DATA and an empty workspace), else null. */
  readonly demo: DemoLoadSummary | null;
  stop(): Promise<void>;
}

/**
 * `npm start`: every subgraph and the gateway in one process on the embedded defaults. Subgraphs
 * still listen on their own ports (so each can be called alone), but the gateway reaches them
 * in-process, without an HTTP hop.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { config } = options;
  const logger = options.logger ?? createLogger('support-graph', config.LOG_LEVEL);
  const bus = createEventBus(config, logger);
  const signingKey = await resolveInternalSigningKey(config);
  const subgraphs = new Map<string, StartedSubgraph>();
  try {
    const subgraphUrl = (name: string): string => {
      const started = subgraphs.get(name);
      if (started) return started.subgraph.url;
      const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
      if (!entry) throw new Error(`Unknown subgraph "${name}"`);
      return entry.configuredUrl(config) ?? entry.defaultUrl;
    };
    for (const entry of SUBGRAPHS) {
      subgraphs.set(
        entry.name,
        await entry.start({ config, logger, bus, signingKey, subgraphUrl, ...(options.anyFreePort ? { port: 0 } : {}) }),
      );
    }
    const gateway = await startGatewayServer({
      supergraphSdl: readSupergraphSdl(),
      authenticate: await createAuthenticatorFromConfig(config, { ticketsUrl: () => subgraphUrl('tickets'), signingKey, bus }),
      dataSource: ({ name }) => {
        const started = subgraphs.get(name);
        if (!started) throw new Error(`The supergraph names subgraph "${name}", which this process does not run`);
        return new InProcessDataSource(started.subgraph, signingKey);
      },
      readiness: async () => {
        const entries = await Promise.all([...subgraphs].map(async ([name, started]) => [name, await started.subgraph.healthy()] as const));
        return Object.fromEntries(entries);
      },
      port: options.anyFreePort ? 0 : config.GATEWAY_PORT,
      maxBodyBytes: config.MAX_BODY_BYTES,
      production: config.NODE_ENV === 'production',
      logger,
      config,
      bus,
    });
    let demo: DemoLoadSummary | null = null;
    let retriage: Retriage | undefined;
    if (config.DEMO_DATA) {
      const targets = demoTargets({ tickets: () => subgraphUrl('tickets'), knowledge: () => subgraphUrl('knowledge'), agents: () => subgraphUrl('agents') }, signingKey);
      try {
        if (await isWorkspaceEmpty(targets)) {
          demo = await loadDemoWorkspace(targets, { logger });
          retriage = retriageWhenModelReady(targets, demo.uncategorisedTicketIds, { logger });
        }
      } catch (error) {
        // The platform works without the demo: say so, and let `npm run seed:demo` retry.
        logger.error({ err: error }, 'demo workspace not loaded');
      }
    }
    return {
      gateway,
      subgraphs,
      bus,
      demo,
      async stop() {
        retriage?.stop();
        await retriage?.done;
        await gateway.stop();
        for (const started of subgraphs.values()) await started.stop();
        await bus.close();
      },
    };
  } catch (error) {
    for (const started of subgraphs.values()) await started.stop();
    await bus.close();
    throw error;
  }
}
