import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const fileSchema = z.object({
  version: z.literal(1),
  human_request: z.array(z.string().min(1)).min(1),
  legal: z.array(z.string().min(1)).min(1),
});

/** The analysts' escalation phrases, validated and compiled. */
export interface EscalationPhrases {
  /** Short hash of the source, so agent runs name the phrases they used. */
  readonly revision: string;
  readonly humanRequest: readonly RegExp[];
  readonly legal: readonly RegExp[];
}

function compile(pattern: string, list: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`escalation phrases ${list}: invalid pattern ${JSON.stringify(pattern)}`, { cause: error });
  }
}

export function parseEscalationPhrases(source: string): EscalationPhrases {
  const file = fileSchema.parse(parse(source));
  return {
    revision: createHash('sha256').update(source).digest('hex').slice(0, 8),
    humanRequest: file.human_request.map((p) => compile(p, 'human_request')),
    legal: file.legal.map((p) => compile(p, 'legal')),
  };
}

export function loadEscalationPhrases(path: string): EscalationPhrases {
  return parseEscalationPhrases(readFileSync(path, 'utf8'));
}

/** The first phrase in `text` matched by any of `patterns`, quoted in the reasons so the human sees why. */
export function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
