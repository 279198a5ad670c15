import { Arg, Ctx, Field, ID, Int, ObjectType, Resolver, Subscription } from 'type-graphql';
import type { FeedbackContext } from '../../feedback-context.js';
import { PLAYGROUND_TRY_CHUNK } from '../playground-events.js';
import { checkedStreamId } from './try-stream-id.js';

@ObjectType('PlaygroundTryChunk', { description: 'One piece of a streamed "try it" draft, in order; the last has done: true' })
export class PlaygroundTryChunkType {
  @Field(() => ID) streamId!: string;
  @Field(() => Int, { description: '0, 1, 2… without gaps' }) seq!: number;
  @Field(() => String) delta!: string;
  @Field(() => Boolean, { description: 'The draft is complete (the tryAiConfig answer holds it whole, with its scores)' }) done!: boolean;
}

/**
 * `playgroundTryChunks`, streamed by the gateway's bridge from the bus (subscriptions/playground-try-source.ts);
 * executed here it only admits a subscriber: the field rule decides the role, the id must be a UUID.
 */
@Resolver()
export class PlaygroundTrySubscriptionResolver {
  @Subscription(() => PlaygroundTryChunkType, {
    topics: PLAYGROUND_TRY_CHUNK,
    description: 'The draft of a tryAiConfig sent with this streamId, as it is written; only to the identity that sent it (leads and admins)',
  })
  playgroundTryChunks(@Arg('streamId', () => ID) streamId: string, @Ctx() _context: FeedbackContext): Partial<PlaygroundTryChunkType> {
    checkedStreamId(streamId);
    return {};
  }
}
