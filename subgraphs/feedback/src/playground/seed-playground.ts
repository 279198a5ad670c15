import type { AuditLog } from '@support-graph/runtime';
import type { PlaygroundSeed } from './ai-test/playground-seed.js';
import { readGateDataset } from './ai-test/gate-dataset.js';
import { AI_CONFIG_KINDS, type AiConfigKind } from './configs/ai-config-kinds.js';
import type { DatasetStore } from './datasets/dataset-store.js';
import { GATE_DATASET } from './playground-service.js';
import { PRODUCTION_LABEL } from './versions/config-version.js';
import { versionDiff } from './versions/version-diff.js';
import { VersionNumberTaken, type VersionStore } from './versions/version-store.js';

const SEED_AUTHOR = 'seed';

/**
 * Loads the repository's seed configuration into an empty playground, kind by kind (a kind with
 * versions is left alone), and the committed gate dataset when there is none: a fresh platform
 * drafts with exactly what `ai:test` gates. Version 1 is claimed by number: when another replica
 * seeding the same store stored it first, that replica seeds the kind.
 */
export async function seedPlayground(seed: PlaygroundSeed, stores: { versions: VersionStore; datasets: DatasetStore; audit: AuditLog }): Promise<void> {
  for (const kind of Object.keys(AI_CONFIG_KINDS) as AiConfigKind[]) {
    if (await stores.versions.latest(kind)) continue;
    let previous: { number: number; content: string } | undefined;
    try {
      for (const entry of seed.versions.filter((version) => version.kind === kind)) {
        const number = (previous?.number ?? 0) + 1;
        await stores.versions.append({ kind, number, content: entry.content, author: SEED_AUTHOR, message: entry.message, diff: versionDiff(kind, previous, { number, content: entry.content }) });
        previous = { number, content: entry.content };
      }
    } catch (error) {
      if (error instanceof VersionNumberTaken) continue;
      throw error;
    }
    for (const [label, to] of Object.entries(seed.labels[kind] ?? {})) {
      await stores.versions.moveLabel({ kind, label, to, movedBy: SEED_AUTHOR, protectedWhenNew: label === PRODUCTION_LABEL });
    }
    if (previous) await stores.audit.append([{ actor: { subject: SEED_AUTHOR, role: 'cli' }, action: 'playground.seeded', target: { type: 'ai_config', id: kind }, details: { versions: previous.number } }]);
  }
  const gate = seed.gates[0];
  if (gate && !(await stores.datasets.dataset(GATE_DATASET))) {
    await stores.datasets.append({ name: GATE_DATASET, source: 'seed', items: readGateDataset(gate.dataset), createdBy: SEED_AUTHOR });
  }
}
