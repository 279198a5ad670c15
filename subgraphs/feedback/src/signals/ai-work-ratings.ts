import { ClientErrors, textProblem, type Identity } from '@support-graph/runtime';
import type { AnalyticsCube } from '../analytics/analytics-cube.js';
import type { AgentsApi } from '../peers/agents-api.js';
import { DraftOutcome, type DraftRatingRecord, type SuggestionRatingRecord } from '../store/feedback-records.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import { editDistance } from './edit-distance.js';
import { checkIdempotencyKey, type SignalReceipts } from './signal-receipts.js';

const RATERS = new Set(['agent', 'lead', 'admin']);
/** Why a draft was thrown away: fixed codes, so no free text about the customer lands here. */
export const DISCARD_REASONS = ['WRONG_ANSWER', 'INCOMPLETE', 'TONE', 'OUTDATED', 'NOT_NEEDED', 'OTHER'] as const;
export const SUGGESTION_KINDS = ['ARTICLE', 'SIMILAR_TICKET', 'TRIAGE', 'DRAFT'] as const;
const MAX_SENT_TEXT = 20_000;

export interface DraftVerdict {
  readonly runId: string;
  readonly outcome: DraftOutcome;
  readonly editDistance: number | null;
  readonly reason: string | null;
}

/**
 * Agents rating the AI's work: a reply draft sent as is, edited (the edit distance is kept, the
 * texts are not) or discarded with a reason, and thumbs on suggestions. Each moves the ticket's
 * fact (and so the rollups) at once, without asking other services about the ticket.
 */
export class AiWorkRatings {
  constructor(
    private readonly store: FeedbackStore,
    private readonly cube: AnalyticsCube,
    private readonly agents: AgentsApi,
    private readonly receipts: SignalReceipts,
  ) {}

  async rateDraft(identity: Identity, input: { runId: string; outcome: DraftOutcome; sentText: string | null; reason: string | null; idempotencyKey: string }): Promise<DraftVerdict> {
    assertRater(identity);
    return this.receipts.once(`draft:${input.idempotencyKey}`, async () => {
      const { outcome, sentText, reason } = input;
      if (sentText !== null && (sentText.length > MAX_SENT_TEXT || textProblem(sentText))) throw ClientErrors.badInput('sentText', `must be valid text of at most ${MAX_SENT_TEXT} characters`);
      if (outcome === DraftOutcome.EDITED && sentText === null) throw ClientErrors.badInput('sentText', 'is required when the draft was edited');
      if (outcome === DraftOutcome.DISCARDED && !DISCARD_REASONS.includes(reason as never)) {
        throw ClientErrors.badInput('reason', `must be one of ${DISCARD_REASONS.join(', ')} when the draft was discarded`);
      }
      const run = await this.agents.draftRun(input.runId);
      if (!run) throw ClientErrors.notFound('AgentRun', input.runId);
      if (run.text === null) throw ClientErrors.badInput('runId', 'is not a finished reply draft');
      const distance = outcome === DraftOutcome.DISCARDED ? null : sentText === null ? 0 : editDistance(run.text, sentText);
      const record: DraftRatingRecord = {
        runId: run.runId,
        ticketId: run.ticketId,
        // Sent "as is" with changes is an edit: the distance decides, not the button.
        outcome: outcome === DraftOutcome.SENT_AS_IS && distance ? DraftOutcome.EDITED : outcome,
        editDistance: distance,
        reason: outcome === DraftOutcome.DISCARDED ? reason : null,
        actor: identity.subject,
        createdAt: new Date(),
        experimentId: run.experiment?.id ?? null,
        experimentArm: run.experiment?.arm ?? null,
      };
      await this.store.saveDraftRating(record);
      await this.refreshDrafts(run.ticketId);
      return { runId: record.runId, outcome: record.outcome, editDistance: record.editDistance, reason: record.reason };
    });
  }

  /**
   * One transaction records the thumb with its receipt, a second moves the ticket's fact by the
   * difference to the thumb it replaced: no re-reading of the ticket's other thumbs.
   */
  async rateSuggestion(identity: Identity, input: { ticketId: string; kind: string; suggestionId: string; helpful: boolean; idempotencyKey: string }): Promise<boolean> {
    assertRater(identity);
    checkIdempotencyKey(input.idempotencyKey);
    if (!SUGGESTION_KINDS.includes(input.kind as never)) throw ClientErrors.badInput('kind', `must be one of ${SUGGESTION_KINDS.join(', ')}`);
    if (!/^[A-Za-z0-9._:-]{1,128}$/u.test(input.suggestionId)) throw ClientErrors.badInput('suggestionId', 'must be an id');
    const now = new Date();
    const rating: SuggestionRatingRecord = {
      id: `${input.ticketId}:${input.kind}:${input.suggestionId}:${identity.subject}`,
      ticketId: input.ticketId,
      kind: input.kind,
      suggestionId: input.suggestionId,
      helpful: input.helpful,
      actor: identity.subject,
      createdAt: now,
    };
    const receipt = { key: `suggestion:${input.idempotencyKey}`, kind: 'suggestion', result: JSON.stringify(input.helpful), createdAt: now };
    const outcome = await this.store.recordSuggestionRating(rating, receipt);
    if ('kept' in outcome) return JSON.parse(outcome.kept.result) as boolean;
    const { previous } = outcome;
    if (previous?.helpful === input.helpful) return input.helpful;
    const up = (input.helpful ? 1 : 0) - (previous?.helpful === true ? 1 : 0);
    const down = (input.helpful ? 0 : 1) - (previous?.helpful === false ? 1 : 0);
    await this.cube.updateFact(input.ticketId, (fact) => (fact ? { ...fact, thumbsUp: fact.thumbsUp + up, thumbsDown: fact.thumbsDown + down } : null));
    return input.helpful;
  }

  private async refreshDrafts(ticketId: string): Promise<void> {
    const drafts = await this.store.draftRatingsOf(ticketId);
    const count = (outcome: DraftOutcome) => drafts.filter((draft) => draft.outcome === outcome).length;
    await this.cube.updateFact(ticketId, (fact) =>
      fact
        ? {
            ...fact,
            draftsAsIs: count(DraftOutcome.SENT_AS_IS),
            draftsEdited: count(DraftOutcome.EDITED),
            draftsDiscarded: count(DraftOutcome.DISCARDED),
            editDistanceSum: drafts.reduce((sum, draft) => sum + (draft.editDistance ?? 0), 0),
          }
        : null,
    );
  }
}

function assertRater(identity: Identity): void {
  if (!RATERS.has(identity.role)) throw ClientErrors.forbidden('Only support agents, leads and admins rate the AI’s work');
}
