import type { RetrievedPassage } from '@support-graph/support-agents';

/** What the agents produced for one dataset item: what the graders judge. */
export interface ItemOutput {
  /** The whole reply, as a customer would read it. */
  readonly reply: string;
  /** externalIds of the articles the reply cites, in citation order. */
  readonly citedArticles: readonly string[];
  /** The passages the reply cites (faithfulness checks sentences against these). */
  readonly citedPassages: readonly RetrievedPassage[];
  readonly language: string;
  readonly grounded: boolean;
  /** Set when the triage agent ran (the item expects a category or missing items). */
  readonly category?: string | null;
  readonly missing?: readonly string[];
  /** Set when the escalation agent ran (the item expects an escalation decision). */
  readonly escalation?: { readonly escalate: boolean; readonly score: number; readonly reasons: readonly string[] };
}
