import { openAuditLog, type AuditLogConfig, type EventBus } from '@support-graph/runtime';
import { openEvalKnowledge, type EvalKnowledge } from '@support-graph/support-agents';
import { readPlaygroundSeed } from './ai-test/playground-seed.js';
import type { TicketHistory } from './datasets/history/history-dataset.js';
import { AiConfigExperiments } from './experiments/ai-config-experiments.js';
import type { ExperimentSignals } from './experiments/experiment-results.js';
import type { TicketQueue } from './datasets/queue/queue-dataset.js';
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
 * so runs of different versions are compared on the same knowledge whatever the live base holds.
 */
export async function startPlayground(config: AuditLogConfig, events: EventBus, tickets: PlaygroundTickets, signals: ExperimentSignals): Promise<RunningPlayground> {
  const stores = await openPlaygroundStores(config);
  const { versions, datasets } = stores;
  const audit = await openAuditLog(config, 'playground');
  await seedPlayground(readPlaygroundSeed(), { versions, datasets, audit });
  let knowledge: Promise<EvalKnowledge> | undefined;
  const service = new PlaygroundService({
    versions,
    datasets,
    runs: stores.runs,
    audit,
    events,
    history: tickets.history,
    queue: tickets.queue,
    environment: async () => {
      knowledge ??= openEvalKnowledge();
      const opened = await knowledge;
      return { knowledge: opened.knowledge, articleExternalId: opened.externalIdOf };
    },
  });
  const experiments = new AiConfigExperiments({ experiments: stores.experiments, versions, audit, events, signals });
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
