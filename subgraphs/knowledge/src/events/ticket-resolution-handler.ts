import type { DomainEvent } from '@support-graph/runtime';
import type { TicketSimilarityService } from '../services/ticket-similarity-service.js';

/** What the future "ticket resolved with an article" event will carry; the tickets subgraph does not publish it yet. */
export interface TicketResolvedWithArticlePayload {
  readonly ticketId: string;
  readonly articleId: string;
}

/**
 * Hook for resolutions feeding retrieval: when a ticket is resolved with an article, suggestions
 * for similar tickets lean on that article (`recordResolution`). Subscribe it with
 * a durable consumer (`startDurableConsumer`) once the tickets subgraph publishes the event; until then
 * nothing calls it. Recording a resolution twice is harmless.
 */
export function handleTicketResolvedWithArticle(tickets: TicketSimilarityService): (event: DomainEvent) => Promise<void> {
  return async (event) => {
    const { ticketId, articleId } = event.payload as TicketResolvedWithArticlePayload;
    await tickets.recordResolution(ticketId, articleId);
  };
}
