import type { TicketSnapshots } from '../peers/ticket-snapshot.js';
import type { TicketFactRecord } from '../store/feedback-records.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { AnalyticsCube } from './analytics-cube.js';
import { ticketFact } from './ticket-fact.js';

/**
 * Rebuilds a ticket's fact from the platform and this subgraph's signals, and moves its cube
 * contribution. Idempotent: the fact is a function of the ticket's current state, so a redelivered
 * event or a refresh in any order ends in the same fact.
 */
export class TicketFacts {
  constructor(
    private readonly snapshots: TicketSnapshots,
    private readonly store: FeedbackStore,
    private readonly cube: AnalyticsCube,
  ) {}

  async refresh(ticketId: string): Promise<TicketFactRecord | null> {
    const snapshot = await this.snapshots.snapshot(ticketId);
    if (!snapshot) return null;
    const [[csat], drafts, suggestions] = await Promise.all([
      this.store.findCsat([ticketId]),
      this.store.draftRatingsOf(ticketId),
      this.store.suggestionRatingsOf(ticketId),
    ]);
    return this.cube.updateFact(ticketId, () => ticketFact(snapshot, { csatScore: csat?.score ?? null, drafts, suggestions }));
  }
}
