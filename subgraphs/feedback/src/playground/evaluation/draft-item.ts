import {
  createAgentRegistry,
  createLocalGroundedResponder,
  evalTicket,
  type AgentDependencies,
  type AgentRegistry,
  type KnowledgeRetriever,
  type LlmProvider,
  type RetrievedPassage,
} from '@support-graph/support-agents';
import type { DatasetItem } from '../datasets/dataset-item.js';
import type { ItemOutput } from './item-output.js';

/** Where evaluation drafts come from: the platform's knowledge (or an offline copy) and a provider. */
export interface EvaluationEnvironment {
  readonly knowledge: KnowledgeRetriever;
  /** The externalId datasets name an article by, from the id retrieval returns. */
  articleExternalId(articleId: string): string;
  /** Default: the embedded local grounded responder (no key, no cost). */
  readonly llm?: LlmProvider;
}

export interface DraftedItem {
  readonly output: ItemOutput;
  readonly costUsd: number;
  readonly latencyMs: number;
  /** Who wrote the reply (`local`, `anthropic/<model>`), as the drafting agent reports it. */
  readonly model: string;
}

/** The agents a version drafts with: the platform's own registry, configured with the version (`agentDependenciesFor`). */
export function agentsFor(dependencies: AgentDependencies): AgentRegistry {
  return createAgentRegistry(dependencies);
}

const FIXED_CLOCK = () => new Date('2026-03-05T12:00:00Z');

/**
 * Runs one item through the agents the platform runs on a ticket (language, then triage and the
 * missing-information check when the item expects them, the escalation decision when the item
 * expects one, then reply drafting), streaming the draft through `onDelta`.
 */
export async function draftItem(
  agents: AgentRegistry,
  item: DatasetItem,
  environment: EvaluationEnvironment,
  onDelta?: (text: string) => void,
): Promise<DraftedItem> {
  const started = performance.now();
  const ticket = evalTicket(item.text, {
    tags: item.category ? [item.category] : [],
    customer: { id: 'playground-customer', tier: 'standard', ...(item.customerName ? { name: item.customerName } : {}) },
  });
  // The passages the agents were shown, so faithfulness checks the reply against exactly what it cites.
  const shown = new Map<string, RetrievedPassage>();
  const knowledge: KnowledgeRetriever = {
    async articlesFor(text, first) {
      const passages = await environment.knowledge.articlesFor(text, first);
      for (const passage of passages) shown.set(passage.id, passage);
      return passages;
    },
    resolvedTicketsLike: (text, first) => environment.knowledge.resolvedTicketsLike(text, first),
  };
  const context = { ticket, knowledge, llm: environment.llm ?? createLocalGroundedResponder(), now: FIXED_CLOCK };
  const language = await agents.get('language').run(context);
  const wantsEscalation = item.expectedEscalation !== undefined;
  const wantsTriage = item.expectedCategory !== undefined || item.expectedMissing !== undefined;
  const triage = wantsTriage ? await agents.get('triage').run(context) : undefined;
  const missing = wantsTriage ? await agents.get('missing-information').run({ ...context, earlier: { language, ...(triage ? { triage } : {}) } }) : undefined;
  // Without the trained triage model (the agents subgraph's, not the playground's) the rules alone
  // leave most tickets uncategorised, and "triage escalated" would decide every item: the decision
  // is judged on what the customer wrote (phrases, sentiment, tier, turns), not on the triage signal.
  const escalation = wantsEscalation ? await agents.get('escalation').run({ ...context, earlier: { language, ...(missing ? { missingInformation: missing } : {}) } }) : undefined;
  const draft = await agents.get('reply-drafting').run({ ...context, earlier: { language, ...(triage ? { triage } : {}) }, ...(onDelta ? { onDelta } : {}) });
  const citations = draft.result.citations as readonly { chunkId: string; articleId: string }[];
  const costs = [language, triage, missing, escalation, draft].map((output) => output?.usage.costUsd ?? 0);
  return {
    output: {
      reply: draft.result.text,
      citedArticles: [...new Set(citations.map((citation) => environment.articleExternalId(citation.articleId)))],
      citedPassages: citations.flatMap((citation) => shown.get(citation.chunkId) ?? []),
      language: draft.result.language,
      grounded: draft.result.grounded,
      ...(triage ? { category: triage.result.category ?? null } : {}),
      ...(missing ? { missing: missing.result.missing.map((entry) => entry.key) } : {}),
      ...(escalation ? { escalation: { escalate: escalation.result.escalate, score: escalation.result.score, reasons: escalation.result.reasons } } : {}),
    },
    costUsd: costs.reduce((sum: number, cost) => sum + (cost ?? 0), 0),
    latencyMs: performance.now() - started,
    model: draft.usage.model,
  };
}
