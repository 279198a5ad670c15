import {
  createEventBus,
  createLogger,
  resolveInternalSigningKey,
  subgraphPeers,
  type EventBus,
  type Logger,
  type PlatformConfig,
  type StartedSubgraph,
  type SubgraphDescriptor,
} from '@support-graph/runtime';
import { composeSupergraph } from './composition/compose-supergraph.js';
import { createAuthenticatorFromConfig } from './create-authenticator-from-config.js';
import { demoTargets } from './demo/demo-targets.js';
import { isWorkspaceEmpty, loadDemoWorkspace, type DemoLoadSummary } from './demo/load-demo-workspace.js';
import { retriageWhenModelReady, type Retriage } from './demo/retriage-when-model-ready.js';
import { startGatewayServer, type RunningGateway } from './gateway-server.js';
import { InProcessDataSource } from './subgraphs/in-process-data-source.js';
import { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';
import { configuredSubgraphUrl, subgraphEndpoint } from './subgraphs/subgraph-urls.js';
import { readSupergraphSdl } from './supergraph-sdl.js';

export interface PlatformOptions {
  /** Loaded with the same subgraph list: `loadConfig(env, subgraphs)`. */
  readonly config: PlatformConfig;
  /**
   * The subgraphs to run, default the platform's list (SUBGRAPHS) with the supergraph composed at
   * build time. Another list (tests adding a subgraph) is composed here at start.
   */
  readonly subgraphs?: readonly SubgraphDescriptor[];
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
  const descriptors = options.subgraphs ?? SUBGRAPHS;
  const supergraphSdl = options.subgraphs ? (await composeSupergraph(descriptors)).supergraphSdl : readSupergraphSdl();
  const logger = options.logger ?? createLogger('support-graph', config.LOG_LEVEL);
  const bus = createEventBus(config, logger);
  const signingKey = await resolveInternalSigningKey(config);
  const subgraphs = new Map<string, StartedSubgraph>();
  try {
    // A peer started in this process answers where it listens; one started later is looked up when first called.
    const subgraphUrl = (name: string): string => {
      const started = subgraphs.get(name);
      if (started) return started.subgraph.url;
      const descriptor = descriptors.find((candidate) => candidate.name === name);
      if (!descriptor) throw new Error(`Unknown subgraph "${name}"`);
      return configuredSubgraphUrl(config, descriptor);
    };
    for (const descriptor of descriptors) {
      const port = options.anyFreePort ? 0 : subgraphEndpoint(config, descriptor).port;
      const peers = subgraphPeers(descriptors, descriptor.name, subgraphUrl);
      subgraphs.set(descriptor.name, await descriptor.start({ config, logger, bus, signingKey, port, peers }));
    }
    const gateway = await startGatewayServer({
      supergraphSdl,
      subgraphs: descriptors,
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
      ...(descriptors.some((descriptor) => descriptor.name === 'feedback') ? { surveyLinks: { url: () => subgraphUrl('feedback'), signingKey } } : {}),
      subgraphUrl,
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
