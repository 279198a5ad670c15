import type { TicketFactRecord } from '../store/feedback-records.js';
import { durationBin, emptyCounts, type CubeCounts } from './cube-counts.js';
import type { CellCoordinates } from './cube-dimensions.js';

/** A CSAT answer of 4 or 5 counts as satisfied. */
const SATISFIED_FROM = 4;

export function factCoordinates(fact: TicketFactRecord): CellCoordinates {
  return { day: fact.day, team: fact.team, category: fact.category, channel: fact.channel, language: fact.language, mode: fact.mode };
}

/** What one ticket adds to its cube cell: a pure function of its fact, so a change is "minus old, plus new". */
export function factContribution(fact: TicketFactRecord): CubeCounts {
  const counts = emptyCounts();
  const c = counts.counters;
  c.tickets = 1;
  c.resolved = fact.resolved ? 1 : 0;
  c.reopened = fact.reopened ? 1 : 0;
  c.aiResolved = fact.aiResolved ? 1 : 0;
  c.aiMode = fact.mode === 'AI' ? 1 : 0;
  if (fact.csatScore !== null) {
    c.csatResponses = 1;
    c.csatSum = fact.csatScore;
    c.csatSatisfied = fact.csatScore >= SATISFIED_FROM ? 1 : 0;
  }
  if (fact.slaMet !== null) {
    c.slaEligible = 1;
    c.slaMet = fact.slaMet ? 1 : 0;
  }
  c.draftsAsIs = fact.draftsAsIs;
  c.draftsEdited = fact.draftsEdited;
  c.draftsDiscarded = fact.draftsDiscarded;
  c.editDistanceSum = fact.editDistanceSum;
  c.triageReviewed = fact.triageReviewed ? 1 : 0;
  c.triageCorrected = fact.triageCorrected ? 1 : 0;
  c.thumbsUp = fact.thumbsUp;
  c.thumbsDown = fact.thumbsDown;
  c.tokens = fact.tokens;
  c.costUsd = fact.costUsd;
  if (fact.firstResponseMs !== null) counts.firstResponse[durationBin(fact.firstResponseMs)] = 1;
  if (fact.resolutionMs !== null) counts.resolution[durationBin(fact.resolutionMs)] = 1;
  return counts;
}
