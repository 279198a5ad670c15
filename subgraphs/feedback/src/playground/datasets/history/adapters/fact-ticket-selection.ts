import type { FeedbackStore } from '../../../../store/feedback-store.js';
import type { HistoryFilter, ResolvedTicketSelection, SelectedTicket } from '../history-filter.js';

const DAY_MS = 86_400_000;

/**
 * Resolved tickets from the feedback subgraph's ticket facts: they carry the triage category, the
 * detected language, the resolution time and the CSAT score this subgraph recorded.
 */
export class FactTicketSelection implements ResolvedTicketSelection {
  constructor(private readonly store: FeedbackStore) {}

  async select(filter: HistoryFilter): Promise<SelectedTicket[]> {
    const resolvedAt: Record<string, Date> = {};
    if (filter.resolvedFrom) resolvedAt['$gte'] = new Date(`${filter.resolvedFrom}T00:00:00.000Z`);
    if (filter.resolvedTo) resolvedAt['$lt'] = new Date(new Date(`${filter.resolvedTo}T00:00:00.000Z`).getTime() + DAY_MS);
    const facts = await this.store.listFacts({
      // Every opening day: the range that matters is the resolution's, in the condition.
      fromDay: '0000-01-01',
      toDay: '9999-12-31',
      where: { ...(filter.category ? { category: filter.category } : {}), ...(filter.language ? { language: filter.language } : {}) },
      condition: {
        resolved: true,
        ...(Object.keys(resolvedAt).length ? { resolvedAt } : {}),
        ...(filter.minCsat !== undefined ? { csatScore: { $gte: filter.minCsat } } : {}),
      },
      first: filter.limit,
      offset: 0,
    });
    return facts.map((fact) => ({ ticketId: fact.ticketId, category: fact.category, language: fact.language }));
  }
}
