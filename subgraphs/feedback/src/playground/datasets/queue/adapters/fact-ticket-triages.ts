import type { FeedbackStore } from '../../../../store/feedback-store.js';
import type { TicketTriage, TicketTriages } from '../queue-filter.js';

/** Triage category and detected language from the feedback subgraph's ticket facts (kept up to date from ticket and agent events). */
export class FactTicketTriages implements TicketTriages {
  constructor(private readonly store: FeedbackStore) {}

  async of(ticketIds: readonly string[]): Promise<ReadonlyMap<string, TicketTriage>> {
    if (ticketIds.length === 0) return new Map();
    const facts = await this.store.listFacts({
      fromDay: '0000-01-01',
      toDay: '9999-12-31',
      where: {},
      condition: { ticketId: { $in: [...ticketIds] } },
      first: ticketIds.length,
      offset: 0,
    });
    return new Map(facts.map((fact) => [fact.ticketId, { category: fact.category, language: fact.language }]));
  }
}
