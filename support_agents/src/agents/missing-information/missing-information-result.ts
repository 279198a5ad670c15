// What the missing-information agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export interface MissingItem {
  readonly key: string;
  /** Names the item for the support agent, in English. */
  readonly label: string;
  /** Asks the customer for it, in the language of `askMessage`. */
  readonly question: string;
}

export interface MissingInformationResult {
  readonly missing: MissingItem[];
  readonly complete: boolean;
  /** What to send the customer when something is missing; the caller posts it and sets the status. */
  readonly askMessage?: string;
  /** The category whose requirements were checked, `null` for the default list. */
  readonly category: string | null;
  /** BCP 47 language of `askMessage` and the questions. */
  readonly language: string;
}
