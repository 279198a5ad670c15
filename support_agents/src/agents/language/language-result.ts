// What the language agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface LanguageResult {
  /** BCP 47 tag of the customer's language, `und` when it cannot be told. */
  readonly language: string;
  readonly confidence: number;
}
