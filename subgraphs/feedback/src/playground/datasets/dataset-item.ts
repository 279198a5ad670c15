/**
 * One example of a dataset: a customer's text (PII already redacted) and what a good answer
 * looks like. Every expectation is optional; graders skip the items that do not carry theirs.
 */
export interface DatasetItem {
  readonly id: string;
  readonly text: string;
  /** The customer's language (BCP 47 primary subtag): what the language-match grader expects. */
  readonly language?: string;
  /** First name for the greeting (not PII-redacted: a name alone identifies nobody in a dataset). */
  readonly customerName?: string;
  /** The category a person gave the ticket (historical tickets): given to the agents as a tag, as the console does. */
  readonly category?: string;
  /** A reply a person would send: what completeness is measured against. */
  readonly reference?: string;
  /** externalId of the article that answers it; null when nothing does (a holding reply is right). */
  readonly expectedArticle?: string | null;
  readonly expectedCategory?: string;
  /** Keys of support_agents/rules/missing-information.yaml. */
  readonly expectedMissing?: readonly string[];
  /** Whether a person should take over (a request for a human, a legal threat, …): what the escalation grader expects. */
  readonly expectedEscalation?: boolean;
}
