import { createLlmProvider, loadLlmConfig, loadTriageTaxonomy } from '@support-graph/support-agents';
import { openAuditLog, serveSubgraph, type EventBus, type Logger, type PlatformConfig, type RunningSubgraph, type Unsubscribe } from '@support-graph/runtime';
import { createAgentsContext, type AgentsContext } from './agents-context.js';
import { AuditedAgentRunStore } from './audit/audited-agent-run-store.js';
import { auditedLlmProvider } from './audit/audited-llm-provider.js';
import { buildAgentsSchema } from './agents-schema.js';
import { consumeTicketEvents } from './events/ticket-event-consumer.js';
import { GraphQLKnowledgeRetriever } from './peers/adapters/graphql-knowledge-retriever.js';
import { GraphQLTicketsApi } from './peers/adapters/graphql-tickets-api.js';
import { createPeerGraphQLClient } from './peers/peer-graphql-client.js';
import type { TicketPipelineJob } from './pipeline/ticket-pipeline-job.js';
import { TicketPipeline } from './pipeline/ticket-pipeline.js';
import { createJobQueue } from './queue/create-job-queue.js';
import type { JobQueue, JobQueueOptions } from './queue/job-queue.js';
import { AgentCatalog } from './runs/agent-catalog.js';
import { AgentRunExecutor } from './runs/agent-run-executor.js';
import { ReplyDrafts } from './runs/reply-drafts.js';
import { AgentRunService } from './services/agent-run-service.js';
import type { AgentRunStore } from './store/agent-run-store.js';
import { createAgentRunStore } from './store/create-agent-run-store.js';
import { triageTrainingDataPath } from './triage/triage-training-data.js';
import { TriageModelService } from './triage/triage-model-service.js';

export interface AgentsSubgraphOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly signingKey: Buffer;
  /** How to reach a peer subgraph by name (the catalog's `subgraphUrl`); throws for one that is not known. */
  readonly subgraphUrl: (name: string) => string;
  /** Default: AGENTS_PORT. 0 picks a free port. */
  readonly port?: number;
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

/** The knowledge subgraph's URL, or undefined while it is not part of the platform (articles then degrade to none). */
function knowledgeUrl(subgraphUrl: (name: string) => string): (() => string) | undefined {
  try {
    subgraphUrl('knowledge');
    return () => subgraphUrl('knowledge');
  } catch {
    return undefined;
  }
}

export async function startAgentsSubgraph(options: AgentsSubgraphOptions): Promise<AgentsSubgraph> {
  const { config, bus, signingKey, subgraphUrl } = options;
  const logger = options.logger.child({ service: 'agents' });
  // Every finished run and every LLM call goes to the agents audit chain (DESIGN.md §4).
  const audit = await openAuditLog(config, 'agents');
  const store = new AuditedAgentRunStore(await createAgentRunStore(config, options.sqlitePath), audit);
  const tickets = new GraphQLTicketsApi(createPeerGraphQLClient(() => subgraphUrl('tickets'), signingKey));
  const knowledgeAt = knowledgeUrl(subgraphUrl);
  if (!knowledgeAt) logger.warn('knowledge subgraph not in the catalog: agents run without articles');
  const knowledge = new GraphQLKnowledgeRetriever(knowledgeAt ? createPeerGraphQLClient(knowledgeAt, signingKey) : undefined, logger);
  const llm = auditedLlmProvider(createLlmProvider(loadLlmConfig({ ANTHROPIC_API_KEY: config.ANTHROPIC_API_KEY, OPENAI_API_KEY: config.OPENAI_API_KEY })), audit);

  // Read once: editing support_agents/rules/taxonomy.yaml takes a restart, like the triage rules.
  const taxonomy = loadTriageTaxonomy();
  const catalog = new AgentCatalog();
  const executor = new AgentRunExecutor(store, bus, knowledge, llm);
  const replies = new ReplyDrafts(executor, bus, logger);
  const triageModel = new TriageModelService({
    dataDir: config.DATA_DIR,
    trainingDataPath: triageTrainingDataPath(config.TRIAGE_TRAINING_DATA),
    store,
    logger,
    onModel: (model) => catalog.useTriageModel(model),
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
    logger,
  });

  const queue = createJobQueue<TicketPipelineJob>(config, 'agents-pipeline', {
    concurrency: config.AGENTS_QUEUE_CONCURRENCY,
    maxAttempts: config.AGENTS_QUEUE_MAX_ATTEMPTS,
    ...options.queue,
  });
  const subgraph = await serveSubgraph<AgentsContext>({
    name: 'agents',
    schema: await buildAgentsSchema(),
    port: options.port ?? config.AGENTS_PORT,
    signingKey,
    maxBodyBytes: config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createAgentsContext(service, store, taxonomy, identity),
    healthCheck: () => store.ping(),
  });
  queue.consume(async (job) => {
    try {
      await pipeline.handle(job);
    } catch (error) {
      logger.warn({ err: error, jobKey: job.key, attempt: job.attempt }, 'pipeline job failed: it will be retried');
      throw error;
    }
  });
  // With automation off (tests of plain ticket behaviour), agents run only when asked through the API.
  const unsubscribe: Unsubscribe = config.AGENTS_AUTOMATION ? await consumeTicketEvents(bus, queue) : async () => {};
  triageModel.start();

  return {
    subgraph,
    store,
    queue,
    triageModel,
    async stop() {
      await unsubscribe();
      await subgraph.stop();
      await queue.close();
      await replies.settle();
      await triageModel.stop();
      await store.close();
      await audit.close();
    },
  };
}
