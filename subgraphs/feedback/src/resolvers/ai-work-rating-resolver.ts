import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { FeedbackContext } from '../feedback-context.js';
import { DraftOutcome } from '../schema/enums.js';
import { DraftRatingType } from '../schema/signal-types.js';

/** Agents rating the AI's work: reply drafts and suggestions. */
@Resolver()
export class AiWorkRatingResolver {
  @Mutation(() => DraftRatingType, { description: 'Records what an agent did with an AI reply draft; the edit distance is computed here and the texts are not kept' })
  rateDraft(
    @Arg('runId', () => ID) runId: string,
    @Arg('outcome', () => DraftOutcome) outcome: DraftOutcome,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Ctx() context: FeedbackContext,
    @Arg('sentText', () => String, { nullable: true, description: 'What was sent (EDITED, SENT_AS_IS): compared with the draft, then dropped' }) sentText?: string | null,
    @Arg('reason', () => String, { nullable: true, description: 'When DISCARDED: WRONG_ANSWER, INCOMPLETE, TONE, OUTDATED, NOT_NEEDED or OTHER' }) reason?: string | null,
  ): Promise<DraftRatingType> {
    return context.ratings.rateDraft(context.identity, { runId, outcome, sentText: sentText ?? null, reason: reason ?? null, idempotencyKey });
  }

  @Mutation(() => Boolean, { description: 'Thumbs up (true) or down on an AI suggestion shown on a ticket: ARTICLE, SIMILAR_TICKET, TRIAGE or DRAFT' })
  rateSuggestion(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('kind', () => String) kind: string,
    @Arg('suggestionId', () => ID) suggestionId: string,
    @Arg('helpful', () => Boolean) helpful: boolean,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Ctx() context: FeedbackContext,
  ): Promise<boolean> {
    return context.ratings.rateSuggestion(context.identity, { ticketId, kind, suggestionId, helpful, idempotencyKey });
  }
}
