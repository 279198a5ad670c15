// What the reply-drafting agent produces: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

/** One passage a draft is based on, as the console links it. */
export interface DraftCitation {
  /** The cited passage: an article chunk (`<article id>#<position>`) or a resolved ticket. */
  readonly chunkId: string;
  /** The article the chunk belongs to. */
  readonly articleId: string;
  readonly title: string;
  /** The passage sentence the answer draws on most. */
  readonly quote: string;
}

export interface ReplyDraftResult {
  /** The reply as the customer would read it: greeting, answer, closing; no ids, no source list. */
  readonly text: string;
  readonly citations: DraftCitation[];
  /** BCP 47 language the reply is written in. */
  readonly language: string;
  /**
   * True when the answer comes from passages that match the question and every answer sentence is
   * supported by them; false for a holding reply or an answer that failed the check.
   */
  readonly grounded: boolean;
  /** 0–1: how well the cited passages match the question (the same as the run's confidence). */
  readonly confidence: number;
}
