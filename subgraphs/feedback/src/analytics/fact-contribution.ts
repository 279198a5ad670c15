import type { TicketFactRecord } from '../store/feedback-records.js';
import { countDuration, emptyCounts, setCounter, type Counter, type CubeCounts } from './cube-counts.js';
import type { CellCoordinates } from './cube-dimensions.js';

/** A CSAT answer of 4 or 5 counts as satisfied. */
const SATISFIED_FROM = 4;

export function factCoordinates(fact: TicketFactRecord): CellCoordinates {
  return { day: fact.day, team: fact.team, category: fact.category, channel: fact.channel, language: fact.language, mode: fact.mode };
}

/** What one ticket adds to its cube cell: a pure function of its fact, so a change is "minus old, plus new". */
export function factContribution(fact: TicketFactRecord): CubeCounts {
  const counts = emptyCounts();
  const set = (name: Counter, value: number) => setCounter(counts, name, value);
  set('tickets', 1);
  set('resolved', fact.resolved ? 1 : 0);
  set('reopened', fact.reopened ? 1 : 0);
  set('aiResolved', fact.aiResolved ? 1 : 0);
  set('aiMode', fact.mode === 'AI' ? 1 : 0);
  if (fact.csatScore !== null) {
    set('csatResponses', 1);
    set('csatSum', fact.csatScore);
    set('csatSatisfied', fact.csatScore >= SATISFIED_FROM ? 1 : 0);
  }
  if (fact.slaMet !== null) {
    set('slaEligible', 1);
    set('slaMet', fact.slaMet ? 1 : 0);
  }
  set('draftsAsIs', fact.draftsAsIs);
  set('draftsEdited', fact.draftsEdited);
  set('draftsDiscarded', fact.draftsDiscarded);
  set('editDistanceSum', fact.editDistanceSum);
  set('triageReviewed', fact.triageReviewed ? 1 : 0);
  set('triageCorrected', fact.triageCorrected ? 1 : 0);
  set('thumbsUp', fact.thumbsUp);
  set('thumbsDown', fact.thumbsDown);
  set('tokens', fact.tokens);
  set('costUsd', fact.costUsd);
  if (fact.firstResponseMs !== null) countDuration(counts, 'firstResponse', fact.firstResponseMs);
  if (fact.resolutionMs !== null) countDuration(counts, 'resolution', fact.resolutionMs);
  return counts;
}
