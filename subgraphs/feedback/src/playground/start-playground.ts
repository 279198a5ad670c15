import { openAuditLog, type AuditLogConfig, type EventBus, type PeerClient } from '@support-graph/runtime';
import { openEvalKnowledge, type EvalKnowledge, type LlmConfig } from '@support-graph/support-agents';
import { readPlaygroundSeed } from './ai-test/playground-seed.js';
import type { TicketHistory } from './datasets/history/history-dataset.js';
import { AiConfigExperiments } from './experiments/ai-config-experiments.js';
import type { ExperimentSignals } from './experiments/experiment-results.js';
import type { ExperimentRunTally } from './experiments/experiment-run-tally.js';
import type { TicketQueue } from './datasets/queue/queue-dataset.js';
import { configuredLlmFromSettings } from './evaluation/adapters/configured-llm-from-settings.js';
import { liveKnowledgeEnvironment } from './evaluation/adapters/live-knowledge-retriever.js';
import { PlaygroundErrors } from './playground-errors.js';
import { PlaygroundService } from './playground-service.js';
import { openPlaygroundStores } from './open-playground-stores.js';
import { seedPlayground } from './seed-playground.js';

/** Where datasets built from tickets read them: resolved ones (history) and waiting ones (the queue). */
export interface PlaygroundTickets {
  readonly history: TicketHistory;
  readonly queue: TicketQueue;
}

export interface RunningPlayground {
  readonly service: PlaygroundService;
  readonly experiments: AiConfigExperiments;
  close(): Promise<void>;
}

/**
 * The playground inside the feedback subgraph: its stores (MongoDB, or SQLite under DATA_DIR), its audit chain
 * (`playground`), seeded from the repository's configuration on first start. Evaluation runs and
 * tries retrieve from the committed evaluation articles (support_agents/eval), loaded on first use,
 * so runs of different versions are compared on the same knowledge whatever the live base holds;
 * a run may ask for the live knowledge subgraph instead (`knowledge`: its signed peer client, when
 * it is part of the platform). With an LLM key in the configuration, runs may draft with that LLM
 * and the rubric grader joins.
 */
export async function startPlayground(
  config: AuditLogConfig & LlmConfig,
  events: EventBus,
  tickets: PlaygroundTickets,
  experimentResults: { readonly signals: ExperimentSignals; readonly runTally?: ExperimentRunTally },
  knowledgeClient?: PeerClient,
): Promise<RunningPlayground> {
  const stores = await openPlaygroundStores(config);
  const { versions, datasets } = stores;
  const audit = await openAuditLog(config, 'playground');
  await seedPlayground(readPlaygroundSeed(), { versions, datasets, audit });
  let knowledge: Promise<EvalKnowledge> | undefined;
  const llm = configuredLlmFromSettings(config);
  const service = new PlaygroundService({
    versions,
    datasets,
    runs: stores.runs,
    audit,
    events,
    history: tickets.history,
    queue: tickets.queue,
    ...(llm ? { llm } : {}),
    environment: async (source) => {
      if (source === 'LIVE') {
        if (!knowledgeClient) throw PlaygroundErrors.liveKnowledgeUnavailable();
        return liveKnowledgeEnvironment(knowledgeClient);
      }
      knowledge ??= openEvalKnowledge();
      const opened = await knowledge;
      return { knowledge: opened.knowledge, articleExternalId: opened.externalIdOf };
    },
  });
  const experiments = new AiConfigExperiments({ experiments: stores.experiments, versions, audit, events, ...experimentResults });
  return {
    service,
    experiments,
    async close() {
      if (knowledge) await (await knowledge).close();
      await audit.close();
      await stores.close();
    },
  };
}
