import { ClientErrors, createDomainEvent, textProblem, type EventBus, type Identity } from '@support-graph/runtime';
import type { AnalyticsCube } from '../analytics/analytics-cube.js';
import { FeedbackEventType, type CsatReceivedPayload } from '../events/feedback-events.js';
import type { TicketsApi } from '../peers/tickets-api.js';
import type { CsatResponseRecord, TicketFactRecord } from '../store/feedback-records.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { SignalReceipts } from './signal-receipts.js';
import type { SurveyLinkSigner } from './survey-link-signer.js';

const DAY_MS = 86_400_000;
const MAX_COMMENT = 2_000;

/** What a receipt keeps of an answer: which ticket and until when (never the comment). */
interface SavedAnswer {
  readonly ticketId: string;
  readonly closesAt: string;
}

/** A ticket's survey as the console shows it. */
export interface Satisfaction {
  readonly score: number | null;
  readonly comment: string | null;
  readonly answeredAt: Date | null;
  readonly changeableUntil: Date | null;
  readonly open: boolean;
  readonly surveyLink: string | null;
}

/**
 * The one-question CSAT survey of a resolved ticket: 1–5 and an optional comment, one answer per
 * ticket that its customer may change while the window (7 days after resolution) is open; on the
 * help page (signed in) or by the signed link (not signed in).
 */
export class CsatService {
  constructor(
    private readonly store: FeedbackStore,
    private readonly cube: AnalyticsCube,
    private readonly tickets: TicketsApi,
    private readonly links: SurveyLinkSigner,
    private readonly receipts: SignalReceipts,
    private readonly bus: EventBus,
    private readonly windowDays: number,
  ) {}

  /** The customer answers on the help page: their own resolved ticket only. */
  async answer(identity: Identity, ticketId: string, score: number, comment: string | null, idempotencyKey: string): Promise<Satisfaction> {
    if (identity.role !== 'customer') throw ClientErrors.forbidden('Only the ticket’s customer answers its survey');
    const saved = await this.receipts.once(`csat:${idempotencyKey}`, async () => {
      validate(score, comment);
      const ticket = await this.tickets.surveyTicket(identity, ticketId);
      if (!ticket) throw ClientErrors.notFound('Ticket', ticketId);
      if (!ticket.resolvedAt || (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED')) {
        throw ClientErrors.conflict('The survey opens when the ticket is resolved');
      }
      return this.save(ticket.id, score, comment, this.closesAt(ticket.resolvedAt));
    });
    return this.answered(saved);
  }

  /** The customer answers through the signed link: the link is the permission and carries the window's end. */
  async answerByLink(token: string, score: number, comment: string | null, idempotencyKey: string): Promise<Satisfaction> {
    const saved = await this.receipts.once(`csat-link:${idempotencyKey}`, async () => {
      validate(score, comment);
      const claim = this.links.verify(token);
      if (!claim) throw ClientErrors.badInput('token', 'This survey link is not valid or has expired');
      return this.save(claim.ticketId, score, comment, claim.expiresAt);
    });
    return this.answered(saved);
  }

  /** The survey behind a signed link, for its page; null when the link is not valid. */
  async byLink(token: string): Promise<{ ticketNumber: string | null; satisfaction: Satisfaction } | null> {
    const claim = this.links.verify(token);
    if (!claim) return null;
    const fact = await this.store.findFact(claim.ticketId);
    return { ticketNumber: fact?.number ?? null, satisfaction: await this.satisfactionOf(claim.ticketId, fact, false) };
  }

  /** `Ticket.satisfaction`; the link is shown to the support team and the customer, never to analysts. */
  async satisfaction(identity: Identity, ticketId: string): Promise<Satisfaction> {
    return this.satisfactionOf(ticketId, await this.store.findFact(ticketId), identity.role !== 'analyst');
  }

  private async satisfactionOf(ticketId: string, fact: TicketFactRecord | null, withLink: boolean): Promise<Satisfaction> {
    const [response] = await this.store.findCsat([ticketId]);
    const changeableUntil = fact?.resolved && fact.resolvedAt ? this.closesAt(fact.resolvedAt) : null;
    const open = changeableUntil !== null && changeableUntil.getTime() > Date.now();
    return {
      score: response?.score ?? null,
      comment: response?.comment ?? null,
      answeredAt: response?.updatedAt ?? null,
      changeableUntil,
      open,
      // A query parameter, not a path segment: the console's routes have no dots, and the token has one.
      surveyLink: withLink && open && changeableUntil ? `/survey?token=${this.links.sign({ ticketId, expiresAt: changeableUntil })}` : null,
    };
  }

  private closesAt(resolvedAt: Date): Date {
    return new Date(resolvedAt.getTime() + this.windowDays * DAY_MS);
  }

  /** The answer as stored now (a retried request sees the current answer, and no comment is kept in a receipt). */
  private async answered(saved: SavedAnswer): Promise<Satisfaction> {
    const [response] = await this.store.findCsat([saved.ticketId]);
    const changeableUntil = new Date(saved.closesAt);
    return {
      score: response?.score ?? null,
      comment: response?.comment ?? null,
      answeredAt: response?.updatedAt ?? null,
      changeableUntil,
      open: changeableUntil.getTime() > Date.now(),
      surveyLink: null,
    };
  }

  private async save(ticketId: string, score: number, comment: string | null, closesAt: Date): Promise<SavedAnswer> {
    const now = new Date();
    if (closesAt.getTime() <= now.getTime()) throw ClientErrors.conflict('The survey of this ticket is closed');
    const [previous] = await this.store.findCsat([ticketId]);
    const response: CsatResponseRecord = { ticketId, score, comment, createdAt: previous?.createdAt ?? now, updatedAt: now };
    await this.store.saveCsat(response);
    await this.cube.updateFact(ticketId, (fact) => (fact ? { ...fact, csatScore: score } : null));
    const payload: CsatReceivedPayload = { ticketId, score };
    await this.bus.publish(createDomainEvent(FeedbackEventType.CsatReceived, ticketId, payload));
    return { ticketId, closesAt: closesAt.toISOString() };
  }
}

function validate(score: number, comment: string | null): void {
  if (!Number.isInteger(score) || score < 1 || score > 5) throw ClientErrors.badInput('score', 'must be a whole number from 1 to 5');
  if (comment === null) return;
  if (comment.length > MAX_COMMENT) throw ClientErrors.badInput('comment', `must be at most ${MAX_COMMENT} characters`);
  const problem = textProblem(comment);
  if (problem) throw ClientErrors.badInput('comment', problem);
}

