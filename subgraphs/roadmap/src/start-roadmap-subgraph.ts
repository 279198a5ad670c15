import {
  createJobQueue,
  createPeerClient,
  serveSubgraph,
  serviceIdentity,
  type JobQueueOptions,
  type PlatformConfig,
  type RunningSubgraph,
  type SubgraphPeers,
  type SubgraphStartOptions,
} from '@support-graph/runtime';
import { FixShippedNotifier, type FixShippedJob } from './notify/fix-shipped-notifier.js';
import { GraphQLSupportTickets } from './peers/adapters/graphql-support-tickets.js';
import { createRoadmapContext, type RoadmapContext } from './roadmap-context.js';
import { buildRoadmapSchema } from './roadmap-schema.js';
import { RoadmapService } from './services/roadmap-service.js';
import { createRoadmapStore } from './store/create-roadmap-store.js';
import type { RoadmapStore } from './store/roadmap-store.js';
import { InboundSync } from './sync/inbound-sync.js';
import { IssueChanges } from './sync/issue-changes.js';
import { JiraPoller } from './sync/jira-poller.js';
import { JiraSyncWorker } from './sync/jira-sync-worker.js';
import { JIRA_WEBHOOK_PATH, jiraWebhookReceiver } from './sync/jira-webhook-receiver.js';
import { OutboundSync } from './sync/outbound-sync.js';
import type { SyncJob } from './sync/sync-jobs.js';
import { JiraCloudTracker } from './tracker/adapters/jira-cloud-tracker.js';
import type { IssueTracker } from './tracker/issue-tracker.js';

export interface RoadmapSubgraphOptions extends SubgraphStartOptions {
  /** Default: DATA_DIR/roadmap.sqlite. */
  readonly sqlitePath?: string;
  /** Queue tuning (tests): retry delays of the sync and notification queues. */
  readonly queue?: JobQueueOptions;
}

export interface RoadmapSubgraph {
  readonly subgraph: RunningSubgraph<RoadmapContext>;
  readonly store: RoadmapStore;
  /** Absent offline. */
  readonly poller: JiraPoller | undefined;
  stop(): Promise<void>;
}

/** The identity the roadmap calls its peers with (its notes and messages are authored by the platform). */
const ROADMAP_SERVICE = serviceIdentity('roadmap', 'Roadmap');

/** Jira when its site and credentials are configured; the offline roadmap otherwise. */
function trackerFromConfig(config: PlatformConfig): IssueTracker | undefined {
  if (!config.JIRA_BASE_URL) return undefined;
  if (!config.JIRA_EMAIL || !config.JIRA_API_TOKEN) throw new Error('JIRA_BASE_URL is set: JIRA_EMAIL and JIRA_API_TOKEN are needed too');
  return new JiraCloudTracker({ baseUrl: config.JIRA_BASE_URL, email: config.JIRA_EMAIL, apiToken: config.JIRA_API_TOKEN, sprintField: config.JIRA_SPRINT_FIELD });
}

function peerClient(peers: SubgraphPeers, peer: string, signingKey: Buffer) {
  return createPeerClient({ peer, url: () => peers.url(peer), signingKey, identity: ROADMAP_SERVICE });
}

export async function startRoadmapSubgraph(options: RoadmapSubgraphOptions): Promise<RoadmapSubgraph> {
  const { config, bus, signingKey, peers } = options;
  const logger = options.logger.child({ service: 'roadmap' });
  const tracker = trackerFromConfig(config);
  const store = await createRoadmapStore(config, options.sqlitePath);
  const tickets = new GraphQLSupportTickets(peerClient(peers, 'tickets', signingKey), peers.has('agents') ? peerClient(peers, 'agents', signingKey) : undefined);
  const projectKey = config.ROADMAP_PROJECT_KEY;

  const notifyQueue = createJobQueue<FixShippedJob>(config, logger, 'roadmap-notify', { maxAttempts: config.ROADMAP_SYNC_MAX_ATTEMPTS, ...options.queue });
  const notifier = new FixShippedNotifier(store, tickets, notifyQueue, config.ROADMAP_NOTIFY_CUSTOMERS, logger);
  const changes = new IssueChanges(store, notifier, bus, logger);

  const syncQueue = tracker ? createJobQueue<SyncJob>(config, logger, 'roadmap-sync', { maxAttempts: config.ROADMAP_SYNC_MAX_ATTEMPTS, ...options.queue }) : undefined;
  const inbound = tracker ? new InboundSync(store, tracker, changes, [projectKey]) : undefined;
  const poller = tracker && inbound ? new JiraPoller(store, tracker, inbound, [projectKey], config.ROADMAP_POLL_INTERVAL_MS, logger) : undefined;
  const service = new RoadmapService(store, tickets, changes, syncQueue ? new OutboundSync(syncQueue) : undefined, projectKey);

  const subgraph = await serveSubgraph<RoadmapContext>({
    name: 'roadmap',
    schema: await buildRoadmapSchema(),
    port: options.port,
    // 0.0.0.0 in containers, where network policies keep it reachable only from the gateway and peers.
    host: config.SUBGRAPH_HOST,
    signingKey,
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createRoadmapContext({ service, store, tickets, poller, projectKey }, identity),
    healthCheck: () => store.ping(),
    routes: syncQueue && config.JIRA_WEBHOOK_SECRET ? { [JIRA_WEBHOOK_PATH]: jiraWebhookReceiver(syncQueue, config.JIRA_WEBHOOK_SECRET, logger) } : {},
  });
  if (tracker && !config.JIRA_WEBHOOK_SECRET) logger.warn('JIRA_WEBHOOK_SECRET unset: Jira webhooks are refused, polling alone keeps the roadmap in sync');
  notifier.start();
  if (tracker && syncQueue && inbound) {
    new JiraSyncWorker(store, tracker, inbound, syncQueue, logger).start();
    // Catch up once at start (versions, sprints, what changed while we were down), then every interval.
    await syncQueue.enqueue(`start:${Date.now()}`, { kind: 'pull-plan' });
    poller?.start();
  }
  logger.info({ mode: tracker ? 'jira' : 'offline' }, 'roadmap ready');

  return {
    subgraph,
    store,
    poller,
    async stop() {
      await poller?.stop();
      await subgraph.stop();
      await syncQueue?.close();
      await notifyQueue.close();
      await store.close();
    },
  };
}
