// What the reply-drafting agent produces: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface Citation {
  readonly id: string;
  readonly title: string;
}

export interface ReplyDraftResult {
  readonly text: string;
  readonly citations: Citation[];
  /** BCP 47 language the reply was asked for (providers that cannot write it answer in English). */
  readonly language: string;
  /** True when the reply cites retrieved passages; false for a holding or refusal reply. */
  readonly grounded: boolean;
}
