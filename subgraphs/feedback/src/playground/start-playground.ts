import { join } from 'node:path';
import { openAuditLog, type AuditLogConfig, type EventBus } from '@support-graph/runtime';
import { openEvalKnowledge, type EvalKnowledge } from '@support-graph/support-agents';
import { readPlaygroundSeed } from './ai-test/playground-seed.js';
import { createSqliteDatasetStore } from './datasets/adapters/sqlite-dataset-store.js';
import type { TicketHistory } from './datasets/history/history-dataset.js';
import type { TicketQueue } from './datasets/queue/queue-dataset.js';
import { createSqliteRunStore } from './evaluation/adapters/sqlite-run-store.js';
import { PlaygroundService } from './playground-service.js';
import { seedPlayground } from './seed-playground.js';
import { openPlaygroundDatabase } from './versions/adapters/playground-database.js';
import { createSqliteVersionStore } from './versions/adapters/sqlite-version-store.js';

export interface RunningPlayground {
  readonly service: PlaygroundService;
  close(): Promise<void>;
}

/**
 * The playground inside the feedback subgraph: its SQLite file under DATA_DIR, its audit chain
 * (`playground`), seeded from the repository's configuration on first start. Evaluation runs and
 * tries retrieve from the committed evaluation articles (support_agents/eval), loaded on first use,
 * so runs of different versions are compared on the same knowledge whatever the live base holds.
 */
/** Where datasets built from tickets read them: resolved ones (history) and waiting ones (the queue). */
export interface PlaygroundTickets {
  readonly history: TicketHistory;
  readonly queue: TicketQueue;
}

export async function startPlayground(config: AuditLogConfig, events: EventBus, tickets: PlaygroundTickets): Promise<RunningPlayground> {
  const db = openPlaygroundDatabase(join(config.DATA_DIR, 'playground.sqlite'));
  const versions = createSqliteVersionStore(db);
  const datasets = createSqliteDatasetStore(db);
  const audit = await openAuditLog(config, 'playground');
  await seedPlayground(readPlaygroundSeed(), { versions, datasets, audit });
  let knowledge: Promise<EvalKnowledge> | undefined;
  const service = new PlaygroundService({
    versions,
    datasets,
    runs: createSqliteRunStore(db),
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
  return {
    service,
    async close() {
      if (knowledge) await (await knowledge).close();
      await audit.close();
      db.close();
    },
  };
}
