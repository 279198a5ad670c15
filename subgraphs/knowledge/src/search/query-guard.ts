import { KnowledgeError } from '../knowledge-error.js';

/** Longest search query accepted; longer input is almost certainly pasted content, not a question. */
export const MAX_QUERY_CHARS = 1000;
/** Longest free text (help page box, ticket description) accepted for suggestions. */
export const MAX_SUGGESTION_TEXT_CHARS = 20_000;
/** Only this much of a long text is embedded and matched; the opening states the problem. */
export const RETRIEVAL_TEXT_CHARS = 4000;

/** Longest ticket subject the tickets subgraph accepts. */
const MAX_TICKET_SUBJECT_CHARS = 200;

/** Rejects queries a person could not mean; everything else is data to the index, never syntax. */
export function checkedQuery(text: string, field: string, maxChars: number): string {
  // Ticket text is subject + newline + a description that may use all of maxChars by itself.
  const limit = field === 'ticket' ? maxChars + MAX_TICKET_SUBJECT_CHARS + 1 : maxChars;
  if (text.length > limit) throw KnowledgeError.queryTooLong(field, maxChars);
  if (!/[\p{L}\p{N}]/u.test(text)) throw KnowledgeError.emptyQuery(field);
  return text.trim().slice(0, RETRIEVAL_TEXT_CHARS);
}

export function checkedPageSize(first: number, max = 100): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw KnowledgeError.badInput('first', `must be a whole number from 1 to ${max}`);
  return first;
}
