/** The analysts' human-request and legal phrases, compiled (from `escalation-signals.yaml` or a playground version). */
export interface EscalationPhrases {
  readonly humanRequest: readonly RegExp[];
  readonly legal: readonly RegExp[];
}

/** A case-insensitive Unicode pattern; throws naming the list and the pattern when it does not compile. */
export function compileEscalationPhrase(pattern: string, list: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`escalation phrases ${list}: invalid pattern ${JSON.stringify(pattern)}`, { cause: error });
  }
}

/** The first phrase in `text` matched by any of `patterns`, quoted in the reasons so the human sees why. */
export function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
