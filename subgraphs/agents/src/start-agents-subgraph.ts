import {
  createLlmProvider,
  createLlmTriageStage,
  DEFAULT_TRIAGE_RULES_PATH,
  loadAutoReplyPolicy,
  loadTriageRules,
  loadTriageTaxonomy,
  type TriageModel,
  type TriageRules,
} from '@support-graph/support-agents';
import {
  createEventStream,
  createJobQueue,
  createPeerClient,
  openAuditLog,
  serveSubgraph,
  tracedPort,
  watchQueueBacklog,
  serviceIdentity,
  type JobQueue,
  type JobQueueOptions,
  type RunningSubgraph,
  type SubgraphPeers,
  type SubgraphStartOptions,
  type Unsubscribe,
} from '@support-graph/runtime';
import { createAgentsContext, type AgentsContext } from './agents-context.js';
import { AGENTS_AUDIT_ACTOR } from './audit/agent-run-audit-entry.js';
import { AuditedAgentRunStore } from './audit/audited-agent-run-store.js';
import { auditedLlmProvider } from './audit/audited-llm-provider.js';
import { meteredLlmProvider } from './llm/metered-llm-provider.js';
import { SwitchableLlmProvider } from './llm/switchable-llm-provider.js';
import { buildAgentsSchema } from './agents-schema.js';
import { consumeTicketEvents } from './events/ticket-event-consumer.js';
import { GraphQLKnowledgeRetriever } from './peers/adapters/graphql-knowledge-retriever.js';
import { followedAiConfigs } from './playground/followed-ai-configs.js';
import { GraphQLTicketsApi } from './peers/adapters/graphql-tickets-api.js';
import type { TicketPipelineJob } from './pipeline/ticket-pipeline-job.js';
import { TicketPipeline } from './pipeline/ticket-pipeline.js';
import { AgentCatalog } from './runs/agent-catalog.js';
import { agentDependenciesFromConfig } from './runs/agent-dependencies-from-config.js';
import { AgentRunExecutor } from './runs/agent-run-executor.js';
import { ReplyDrafts } from './runs/reply-drafts.js';
import { AgentRunService } from './services/agent-run-service.js';
import type { AgentRunStore } from './store/agent-run-store.js';
import { createAgentRunStore } from './store/create-agent-run-store.js';
import { triageTrainingDataPath } from './triage/triage-training-data.js';
import { TriageModelService } from './triage/triage-model-service.js';

export interface AgentsSubgraphOptions extends SubgraphStartOptions {
  /** Default: DATA_DIR/agents.sqlite. */
  readonly sqlitePath?: string;
  /** Queue tuning (tests); defaults from the configuration. */
  readonly queue?: JobQueueOptions;
}

export interface AgentsSubgraph {
  readonly subgraph: RunningSubgraph<AgentsContext>;
  readonly store: AgentRunStore;
  readonly queue: JobQueue<TicketPipelineJob>;
  readonly triageModel: TriageModelService;
  stop(): Promise<void>;
}

/** The identity the agents subgraph calls its peers with: a `service` acting for the AI (its messages are authored AI). */
const AGENTS_SERVICE = serviceIdentity('agents', 'Support AI');

/** The signed client for one peer of the platform. */
function peerClient(peers: SubgraphPeers, peer: string, signingKey: Buffer) {
  return createPeerClient({ peer, url: () => peers.url(peer), signingKey, identity: AGENTS_SERVICE });
}

export async function startAgentsSubgraph(options: AgentsSubgraphOptions): Promise<AgentsSubgraph> {
  const { config, bus, signingKey, peers } = options;
  const logger = options.logger.child({ service: 'agents' });
  // Every finished run and every LLM call goes to the agents audit chain (DESIGN.md §4).
  const audit = await openAuditLog(config, 'agents');
  const store = new AuditedAgentRunStore(tracedPort('store.agent-runs', 'agents', await createAgentRunStore(config, options.sqlitePath)), audit);
  const tickets = new GraphQLTicketsApi(peerClient(peers, 'tickets', signingKey));
  // Articles degrade to none while the knowledge subgraph is not part of the platform.
  if (!peers.has('knowledge')) logger.warn('knowledge subgraph not in the platform: agents run without articles');
  const knowledge = new GraphQLKnowledgeRetriever(peers.has('knowledge') ? peerClient(peers, 'knowledge', signingKey) : undefined, logger);
  // Switched to another chain when the playground's `model` label moves; audited and metered whichever it is.
  const chain = new SwitchableLlmProvider(createLlmProvider(config));
  const llm = meteredLlmProvider(auditedLlmProvider(chain, audit));

  // With a paid provider the cascade gets its last stage before a person: the LLM, with similar resolved tickets as examples.
  // (A `model` version choosing the embedded responder leaves the stage in: the responder refuses, and the stage passes.)
  let latestModel: TriageModel | undefined;
  const paidLlm = Boolean(config.ANTHROPIC_API_KEY || config.OPENAI_API_KEY);
  const fromConfig = agentDependenciesFromConfig(config);
  const llmTriageStages = (rules: TriageRules) => (paidLlm ? [createLlmTriageStage({ llm, rules, model: () => latestModel })] : []);
  const catalog = new AgentCatalog({
    ...fromConfig,
    triage: { ...fromConfig.triage, extraStages: llmTriageStages(loadTriageRules(DEFAULT_TRIAGE_RULES_PATH)) },
  });
  // Read once: editing support_agents/rules/taxonomy.yaml takes a restart.
  const taxonomy = loadTriageTaxonomy();
  // The agents follow what the playground labels `production` (feedback subgraph), switched on each label
  // move: until its first read, the repository files and the configuration stay in force.
  const labelled = peers.has('feedback')
    ? followedAiConfigs({ playground: peerClient(peers, 'feedback', signingKey), bus, logger, catalog, extraTriageStages: llmTriageStages, llm: chain, llmConfig: config })
    : [];
  await Promise.all(labelled.map((configuration) => configuration.start()));
  const executor = new AgentRunExecutor(store, bus, knowledge, llm);
  const replies = new ReplyDrafts(executor, bus, logger);
  const triageModel = new TriageModelService({
    dataDir: config.DATA_DIR,
    trainingDataPath: triageTrainingDataPath(config.TRIAGE_TRAINING_DATA),
    store,
    logger,
    audit,
    serviceActor: AGENTS_AUDIT_ACTOR,
    retrainIntervalMs: config.TRIAGE_RETRAIN_INTERVAL_HOURS * 3_600_000,
    onModel: (model) => {
      latestModel = model;
      catalog.useTriageModel(model);
    },
  });
  const service = new AgentRunService(store, tickets, catalog, executor, replies, triageModel);
  const pipeline = new TicketPipeline({
    tickets,
    executor,
    catalog,
    store,
    replies,
    triageIsFinal: () => triageModel.current().state === 'READY',
    autoDraftReply: config.AGENTS_AUTO_DRAFT_REPLY,
    autoReplies: loadAutoReplyPolicy(config.AGENTS_AUTO_REPLY),
    logger,
  });

  const queue = createJobQueue<TicketPipelineJob>(config, logger, 'agents-pipeline', {
    concurrency: config.AGENTS_QUEUE_CONCURRENCY,
    maxAttempts: config.AGENTS_QUEUE_MAX_ATTEMPTS,
    visibilityTimeoutMs: config.AGENTS_QUEUE_VISIBILITY_TIMEOUT_MS,
    ...options.queue,
  });
  const subgraph = await serveSubgraph<AgentsContext>({
    name: 'agents',
    schema: await buildAgentsSchema(),
    port: options.port,
    host: config.SUBGRAPH_HOST,
    signingKey,
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createAgentsContext(service, store, taxonomy, identity),
    healthCheck: () => store.ping(),
  });
  const unwatchQueue = watchQueueBacklog('agents-pipeline', queue);
  queue.consume(async (job) => {
    try {
      await pipeline.handle(job);
    } catch (error) {
      logger.warn({ err: error, jobKey: job.key, attempt: job.attempt }, 'pipeline job failed: it will be retried');
      throw error;
    }
  });
  // With automation off (tests of plain ticket behaviour), agents run only when asked through the API.
  // On, ticket events come from the durable stream: nothing saved escapes triage, whatever crashes.
  const stream = config.AGENTS_AUTOMATION ? createEventStream(config, logger) : undefined;
  const consumer = stream ? consumeTicketEvents(stream, queue, logger) : undefined;
  triageModel.start();

  return {
    subgraph,
    store,
    queue,
    triageModel,
    async stop() {
      await Promise.all(labelled.map((configuration) => configuration.stop()));
      await consumer?.stop();
      await stream?.close();
      await subgraph.stop();
      unwatchQueue();
      await queue.close();
      await replies.settle();
      await triageModel.stop();
      await store.close();
      await audit.close();
    },
  };
}
