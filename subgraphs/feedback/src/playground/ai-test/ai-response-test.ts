import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { openEvalKnowledge } from '@support-graph/support-agents';
import { replyTemplateFromDocument } from '@support-graph/support-agents';
import { BUILT_IN_GRADERS } from '../evaluation/graders/grader-catalog.js';
import { promotionGate, type GateVerdict } from '../evaluation/promotion-gate.js';
import { runEvaluation } from '../evaluation/run-evaluation.js';
import type { RunSummary } from '../evaluation/evaluation-run.js';
import { readGateDataset } from './gate-dataset.js';
import { readPlaygroundSeed, seedVersionLabelled } from './playground-seed.js';

export interface GateReport {
  readonly kind: string;
  readonly version: number;
  readonly dataset: string;
  readonly summary: RunSummary;
  readonly verdict: GateVerdict;
  /** Item ids whose score on a gate grader is below 1, per grader: where to look first. */
  readonly weakItems: Readonly<Record<string, string[]>>;
}

export interface AiResponseTestReport {
  readonly passed: boolean;
  readonly gates: readonly GateReport[];
}

/**
 * `npm run ai:test`: every committed gate dataset against the version labelled `production` in the
 * seed configuration, through the same agents the platform runs (embedded responder, offline
 * knowledge), compared with the committed baseline means. A grader below its baseline fails.
 */
export async function runAiResponseTest(seedFile?: string): Promise<AiResponseTestReport> {
  const seed = readPlaygroundSeed(seedFile);
  const gates: GateReport[] = [];
  for (const gate of seed.gates) {
    const labelled = seedVersionLabelled(seed, gate.kind, 'production');
    if (!labelled) throw new Error(`the seed labels no ${gate.kind} version production`);
    const template = replyTemplateFromDocument(labelled.content, `${labelled.number}`);
    const items = readGateDataset(gate.dataset);
    const baseline = JSON.parse(readFileSync(gate.baseline, 'utf8')) as Record<string, number>;
    const graders = BUILT_IN_GRADERS.filter((grader) => gate.graders.includes(grader.name));
    const environment = await openEvalKnowledge(gate.articles);
    try {
      const run = await runEvaluation({ 'reply-drafting': { template } }, items, graders, { knowledge: environment.knowledge, articleExternalId: environment.externalIdOf });
      const weakItems = Object.fromEntries(
        gate.graders.map((name) => [name, run.items.filter((item) => (item.scores[name]?.score ?? 1) < 1).map((item) => item.itemId)]),
      );
      gates.push({
        kind: gate.kind,
        version: labelled.number,
        dataset: relative(process.cwd(), gate.dataset),
        summary: run.summary,
        verdict: promotionGate(run.summary, baseline, gate.graders),
        weakItems,
      });
    } finally {
      await environment.close();
    }
  }
  return { passed: gates.every((gate) => gate.verdict.passed), gates };
}
