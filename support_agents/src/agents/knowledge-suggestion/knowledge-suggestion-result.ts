// What the knowledge-suggestion agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface SuggestedArticle {
  readonly id: string;
  readonly title: string;
  /** The retriever's score; higher is more relevant, on the retriever's scale. */
  readonly score: number;
}

export interface KnowledgeSuggestionResult {
  readonly articles: SuggestedArticle[];
}
