import {
  createEventStream,
  createPeerClient,
  serveSubgraph,
  serviceIdentity,
  type RunningSubgraph,
  type SubgraphPeers,
  type SubgraphStartOptions,
  type Unsubscribe,
} from '@support-graph/runtime';
import { AGENT_RUN_UPDATED, type AgentRunUpdatedPayload } from '@support-graph/agents-subgraph/events';
import { AnalyticsCube } from './analytics/analytics-cube.js';
import { TicketFacts } from './analytics/ticket-facts.js';
import { relayContentGaps } from './events/content-gap-relay.js';
import { consumeTicketEvents } from './events/ticket-event-consumer.js';
import type { FeedbackContext } from './feedback-context.js';
import { buildFeedbackSchema } from './feedback-schema.js';
import { GraphQLTicketSnapshots } from './peers/adapters/graphql-ticket-snapshots.js';
import { GraphQLTicketsApi } from './peers/adapters/graphql-tickets-api.js';
import { startPlayground } from './playground/start-playground.js';
import { GraphQLExperimentRunTally } from './playground/experiments/adapters/graphql-experiment-run-tally.js';
import { FactTicketSelection } from './playground/datasets/history/adapters/fact-ticket-selection.js';
import { GraphQLTicketTexts } from './playground/datasets/history/adapters/graphql-ticket-texts.js';
import { GraphQLTicketTriages } from './playground/datasets/queue/adapters/graphql-ticket-triages.js';
import { GraphQLWaitingTickets } from './playground/datasets/queue/adapters/graphql-waiting-tickets.js';
import { GraphQLAgentsApi } from './peers/adapters/graphql-agents-api.js';
import { AnalyticsService } from './analytics/analytics-service.js';
import { AiWorkRatings } from './signals/ai-work-ratings.js';
import { HelpPageSignals } from './signals/help-page-signals.js';
import { CsatService } from './signals/csat-service.js';
import { SignalReceipts } from './signals/signal-receipts.js';
import { SurveyLinkSigner, surveyLinkKey } from './signals/survey-link-signer.js';
import { createFeedbackStore } from './store/create-feedback-store.js';
import type { FeedbackStore } from './store/feedback-store.js';

export interface FeedbackSubgraphOptions extends SubgraphStartOptions {
  /** Default: DATA_DIR/feedback.sqlite. */
  readonly sqlitePath?: string;
}

export interface FeedbackSubgraph {
  readonly subgraph: RunningSubgraph<FeedbackContext>;
  readonly store: FeedbackStore;
  readonly cube: AnalyticsCube;
  readonly facts: TicketFacts;
  stop(): Promise<void>;
}

/** How the feedback subgraph calls its peers: as a `service`. */
const FEEDBACK_SERVICE = serviceIdentity('feedback');

function peerClient(peers: SubgraphPeers, peer: string, signingKey: Buffer) {
  return createPeerClient({ peer, url: () => peers.url(peer), signingKey, identity: FEEDBACK_SERVICE });
}

export async function startFeedbackSubgraph(options: FeedbackSubgraphOptions): Promise<FeedbackSubgraph> {
  const { config, bus, signingKey, peers } = options;
  const logger = options.logger.child({ service: 'feedback' });
  const store = await createFeedbackStore(config, options.sqlitePath);
  const cube = await AnalyticsCube.load(store);
  const snapshots = new GraphQLTicketSnapshots(peerClient(peers, 'tickets', signingKey), peers.has('agents') ? peerClient(peers, 'agents', signingKey) : undefined);
  const facts = new TicketFacts(snapshots, store, cube);
  const receipts = new SignalReceipts(store);
  const links = new SurveyLinkSigner(surveyLinkKey(config));
  const tickets = new GraphQLTicketsApi({ url: () => peers.url('tickets'), signingKey });
  const csat = new CsatService(store, cube, tickets, links, receipts, bus, config.FEEDBACK_CSAT_WINDOW_DAYS);
  const playground = await startPlayground(
    config,
    bus,
    {
      history: { selection: new FactTicketSelection(store), texts: new GraphQLTicketTexts(peerClient(peers, 'tickets', signingKey)) },
      queue: { tickets: new GraphQLWaitingTickets(peerClient(peers, 'tickets', signingKey)), triages: new GraphQLTicketTriages(peers.has('agents') ? peerClient(peers, 'agents', signingKey) : undefined) },
    },
    // Per arm: draft ratings and CSAT from this subgraph's store, run counts from the agents.
    { signals: store, runTally: new GraphQLExperimentRunTally(peers.has('agents') ? peerClient(peers, 'agents', signingKey) : undefined) },
    // Runs on the LIVE knowledge ask the knowledge subgraph, when it is part of the platform.
    peers.has('knowledge') ? peerClient(peers, 'knowledge', signingKey) : undefined,
  );
  const ratings = new AiWorkRatings(store, cube, new GraphQLAgentsApi(peerClient(peers, 'agents', signingKey)), receipts);
  const help = new HelpPageSignals(cube);
  const analytics = new AnalyticsService(cube, store);

  const subgraph = await serveSubgraph<FeedbackContext>({
    name: 'feedback',
    schema: await buildFeedbackSchema(),
    port: options.port,
    host: options.config.SUBGRAPH_HOST,
    signingKey,
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => ({ identity, csat, ratings, help, analytics, store, playground: playground.service, experiments: playground.experiments }),
    healthCheck: () => store.ping(),
  });

  // Ticket events arrive durably; a finished agent run (triage, a draft's tokens) only on the live bus,
  // so those refreshes are best-effort and the next ticket event catches up what one missed.
  const stream = createEventStream(config, logger);
  const consumer = consumeTicketEvents(stream, facts, logger);
  const gaps = relayContentGaps(stream, bus, logger);
  const unsubscribe: Unsubscribe = await bus.subscribe(AGENT_RUN_UPDATED, async (event) => {
    const { ticketId, status } = event.payload as AgentRunUpdatedPayload;
    if (status !== 'SUCCEEDED') return;
    await facts.refresh(ticketId).catch((error: unknown) => logger.debug({ err: error, ticketId }, 'fact refresh after an agent run failed'));
  });

  return {
    subgraph,
    store,
    cube,
    facts,
    async stop() {
      await unsubscribe();
      await consumer.stop();
      await gaps.stop();
      await stream.close();
      await subgraph.stop();
      await store.close();
      await playground.close();
    },
  };
}
