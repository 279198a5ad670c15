import type { TicketSnapshot } from '../peers/ticket-snapshot.js';
import type { DraftRatingRecord, SuggestionRatingRecord, TicketFactRecord } from '../store/feedback-records.js';
import { dayOf, UNKNOWN } from './cube-dimensions.js';

const DONE = new Set(['RESOLVED', 'CLOSED']);
const PEOPLE = new Set(['AGENT', 'PARTNER']);

/** This subgraph's own signals about a ticket. */
export interface TicketSignals {
  readonly csatScore: number | null;
  readonly drafts: readonly DraftRatingRecord[];
  readonly suggestions: readonly SuggestionRatingRecord[];
}

/** A ticket's analytics fact from its snapshot and signals: PII-free, no text. */
export function ticketFact(snapshot: TicketSnapshot, signals: TicketSignals, now = new Date()): TicketFactRecord {
  const resolved = DONE.has(snapshot.status);
  const aiAnswered = snapshot.replyRoles.includes('AI');
  const personAnswered = snapshot.replyRoles.some((role) => PEOPLE.has(role));
  const mode = aiAnswered && !personAnswered ? 'AI' : 'HUMAN';
  const resolvedAt = resolved ? snapshot.resolvedAt : null;
  let slaMet: boolean | null = null;
  if (snapshot.slaDueAt) {
    if (resolvedAt) slaMet = resolvedAt.getTime() <= snapshot.slaDueAt.getTime();
    else if (now.getTime() > snapshot.slaDueAt.getTime()) slaMet = false;
  }
  const outcomes = (outcome: string) => signals.drafts.filter((draft) => draft.outcome === outcome).length;
  return {
    ticketId: snapshot.id,
    number: snapshot.number,
    day: dayOf(snapshot.createdAt),
    createdAt: snapshot.createdAt,
    team: snapshot.triage?.team ?? UNKNOWN,
    category: snapshot.triage?.category ?? snapshot.category ?? UNKNOWN,
    channel: snapshot.channel,
    language: snapshot.language ?? UNKNOWN,
    mode,
    status: snapshot.status,
    resolved,
    resolvedAt,
    reopened: snapshot.statusChanges.some((change) => DONE.has(change.from ?? '') && !DONE.has(change.to ?? '')),
    firstResponseMs: snapshot.firstResponseAt ? Math.max(0, snapshot.firstResponseAt.getTime() - snapshot.createdAt.getTime()) : null,
    resolutionMs: resolvedAt ? Math.max(0, resolvedAt.getTime() - snapshot.createdAt.getTime()) : null,
    slaMet,
    aiResolved: resolved && mode === 'AI',
    csatScore: signals.csatScore,
    draftsAsIs: outcomes('SENT_AS_IS'),
    draftsEdited: outcomes('EDITED'),
    draftsDiscarded: outcomes('DISCARDED'),
    editDistanceSum: signals.drafts.reduce((sum, draft) => sum + (draft.editDistance ?? 0), 0),
    triageReviewed: Boolean(snapshot.triage && (snapshot.triage.accepted || snapshot.triage.overridden)),
    triageCorrected: Boolean(snapshot.triage?.overridden),
    thumbsUp: signals.suggestions.filter((rating) => rating.helpful).length,
    thumbsDown: signals.suggestions.filter((rating) => !rating.helpful).length,
    tokens: snapshot.tokens,
    costUsd: snapshot.costUsd,
    updatedAt: now,
  };
}
