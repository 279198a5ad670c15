import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { personWillAnswerReply } from './holding-reply.js';
import type { ReplyDraftResult } from './reply-draft-result.js';

export const AUTO_REPLY_MODES = ['send', 'hold', 'off'] as const;
export type AutoReplyMode = (typeof AUTO_REPLY_MODES)[number];

const fileSchema = z.object({
  version: z.literal(1),
  min_confidence: z.number().min(0).max(1),
  categories: z.record(z.string().min(1), z.enum(AUTO_REPLY_MODES)).default({}),
});

/** The analysts' auto-reply file, validated, with the configured default mode. */
export interface AutoReplyPolicy {
  /** The mode for a ticket of `category` (null when triage did not decide). */
  modeFor(category: string | null | undefined): AutoReplyMode;
  /** Whether `mode` needs a draft to decide (only `send` does). */
  needsDraft(mode: AutoReplyMode): boolean;
  /**
   * What to send a customer writing in `language` under `mode`, given the draft when there is one;
   * null to send nothing.
   */
  replyFor(mode: AutoReplyMode, draft: ReplyDraftResult | undefined, language: string | undefined): { text: string; kind: 'draft' | 'holding' } | null;
}

export const DEFAULT_AUTO_REPLY_RULES_PATH = fileURLToPath(new URL('../../../rules/auto-replies.yaml', import.meta.url));

/** Parses an auto-reply YAML document; throws naming the first problem. */
export function parseAutoReplyPolicy(source: string, defaultMode: AutoReplyMode): AutoReplyPolicy {
  const file = fileSchema.parse(parse(source));
  return {
    modeFor: (category) => (category ? file.categories[category] : undefined) ?? defaultMode,
    needsDraft: (mode) => mode === 'send',
    replyFor(mode, draft, language) {
      if (mode === 'off') return null;
      if (mode === 'send' && draft?.grounded && draft.confidence >= file.min_confidence) return { text: draft.text, kind: 'draft' };
      // An ungrounded draft with no citations is the drafter's own holding reply, already framed for the customer.
      if (mode === 'send' && draft && !draft.grounded && draft.citations.length === 0) return { text: draft.text, kind: 'holding' };
      return { text: personWillAnswerReply(draft?.language ?? language).text, kind: 'holding' };
    },
  };
}

export function loadAutoReplyPolicy(defaultMode: AutoReplyMode, path = DEFAULT_AUTO_REPLY_RULES_PATH): AutoReplyPolicy {
  return parseAutoReplyPolicy(readFileSync(path, 'utf8'), defaultMode);
}
