import type { AgentTicket } from '../support-agent.js';
import type { LanguageGuess } from './language-detection.js';
import type { LanguageIdentifier } from './language-identifier.js';

/** The ticket's customer-written parts, each identified on its own: subject, description, public messages. */
function customerParts(ticket: AgentTicket): string[] {
  const messages = ticket.messages
    .filter((message) => message.authorRole === 'CUSTOMER' && !message.internal)
    .map((message) => message.body)
    .filter((body) => body !== ticket.description);
  return [ticket.subject, ticket.description, ...messages].filter((part) => /\p{L}/u.test(part));
}

/**
 * The language of everything the customer wrote: each part votes with its confidence times its
 * length, so a long message outweighs an English subject line, and a one-word "ok" barely counts.
 * Confidence is the winner's share of all votes times its mean confidence.
 */
export async function ticketLanguage(ticket: AgentTicket, identifier: LanguageIdentifier): Promise<LanguageGuess> {
  const votes = new Map<string, { weight: number; confidence: number; parts: number; by: Set<string> }>();
  let total = 0;
  for (const part of customerParts(ticket)) {
    const guess = await identifier.identify(part);
    if (guess.language === 'und') continue;
    const weight = guess.confidence * Math.sqrt(part.length);
    const vote = votes.get(guess.language) ?? { weight: 0, confidence: 0, parts: 0, by: new Set<string>() };
    vote.by.add(guess.identifiedBy ?? identifier.name);
    votes.set(guess.language, { weight: vote.weight + weight, confidence: vote.confidence + guess.confidence, parts: vote.parts + 1, by: vote.by });
    total += weight;
  }
  const [best] = [...votes].sort((a, b) => b[1].weight - a[1].weight);
  if (!best || total === 0) return { language: 'und', confidence: 0 };
  const [language, vote] = best;
  return {
    language,
    confidence: Math.round((vote.weight / total) * (vote.confidence / vote.parts) * 1000) / 1000,
    identifiedBy: [...vote.by].sort().join('+'),
  };
}
