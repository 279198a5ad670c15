import { createHash } from 'node:crypto';
import { maskFreeText } from '@support-graph/runtime';

export type FinetuneFormat = 'openai' | 'anthropic';

/** A resolved ticket as the export reads it through the gateway. */
export interface ResolvedConversation {
  readonly id: string;
  readonly subject: string;
  readonly description: string;
  readonly category: string | null;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
  readonly customerName: string | null;
  /** Null when the ticket has no score, or the platform serves no satisfaction at all. */
  readonly satisfaction: number | null;
  readonly messages: readonly { readonly authorRole: string; readonly body: string | null; readonly internal: boolean }[];
}

export interface ChatTurn {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

/** OpenAI's chat fine-tuning line: the system prompt is the first message. */
export interface OpenAiChatRecord {
  readonly messages: readonly ({ readonly role: 'system'; readonly content: string } | ChatTurn)[];
}

/** Anthropic's (Claude on Amazon Bedrock) fine-tuning line: the system prompt beside the messages. */
export interface AnthropicChatRecord {
  readonly system: string;
  readonly messages: readonly ChatTurn[];
}

export const SYSTEM_PROMPT = 'You are a customer support agent. Answer the customer helpfully, accurately and politely.';

/** Who speaks as the assistant: people on the support team and the AI; customers are the user. */
const ASSISTANT_ROLES = new Set(['AGENT', 'AI']);
const USER_ROLES = new Set(['CUSTOMER']);

/** The redaction every text of the export goes through (docs/ai-loop.md lists what it replaces). */
export function redactForTraining(text: string, knownNames: readonly string[]): string {
  return maskFreeText(text, knownNames).trim();
}

/**
 * A conversation as alternating turns: the customer's subject and description first, then the
 * public messages (internal notes, system and partner messages left out), consecutive messages of
 * one side joined. Null when it has no answer to learn from: no assistant turn, or a customer last.
 */
export function chatTurns(conversation: ResolvedConversation): ChatTurn[] | null {
  const names = conversation.customerName ? [conversation.customerName] : [];
  const turns: { role: ChatTurn['role']; content: string }[] = [];
  const add = (role: ChatTurn['role'], raw: string) => {
    const content = redactForTraining(raw, names);
    if (!content) return;
    const last = turns.at(-1);
    if (last?.role === role) last.content = `${last.content}\n\n${content}`;
    else turns.push({ role, content });
  };
  add('user', `${conversation.subject}\n\n${conversation.description}`);
  for (const message of conversation.messages) {
    if (message.internal || !message.body) continue;
    if (ASSISTANT_ROLES.has(message.authorRole)) add('assistant', message.body);
    else if (USER_ROLES.has(message.authorRole)) add('user', message.body);
  }
  if (turns[0]?.role !== 'user') return null;
  while (turns.at(-1)?.role === 'user') turns.pop();
  return turns.length >= 2 ? turns : null;
}

export function chatRecord(format: FinetuneFormat, turns: readonly ChatTurn[]): OpenAiChatRecord | AnthropicChatRecord {
  return format === 'openai' ? { messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...turns] } : { system: SYSTEM_PROMPT, messages: turns };
}

/**
 * The CSAT filter: with a minimum, only conversations the customer scored at least that high
 * (unscored ones are left out: nobody said they were good); without one, every conversation.
 */
export function passesCsat(conversation: Pick<ResolvedConversation, 'satisfaction'>, minCsat: number | null): boolean {
  return minCsat === null || (conversation.satisfaction !== null && conversation.satisfaction >= minCsat);
}

/** Train or validation by a hash of the ticket id: the same ticket lands on the same side in every export. */
export function isValidation(ticketId: string, validationShare: number): boolean {
  return createHash('sha256').update(ticketId).digest().readUInt32BE(0) / 2 ** 32 < validationShare;
}
