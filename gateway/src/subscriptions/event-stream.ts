import type { DomainEvent, Logger } from '@support-graph/runtime';
import type { ExecutionResult } from 'graphql';
import { BoundedStream } from './bounded-stream.js';
import type { EventFanout } from './event-fanout.js';
import type { PayloadResolver, SubscriptionPlan } from './payload-resolver.js';

export interface EventStreamOptions {
  readonly fanout: EventFanout;
  readonly resolver: PayloadResolver;
  /** Events a subscriber may have waiting (being resolved or unsent) before it counts as slow. */
  readonly capacity: number;
  readonly onOverflow: () => void;
  /** Runs once when the stream ends, however it ends (completed, cancelled, overflowed). */
  readonly onEnd: () => void;
  readonly logger: Logger;
}

/**
 * One subscriber's stream: its share of the process-wide bus subscription, replayed events first
 * (for a resuming reply stream), then live events in order, each resolved as the subscriber.
 */
export async function openEventStream(plan: SubscriptionPlan, options: EventStreamOptions): Promise<AsyncIterableIterator<ExecutionResult>> {
  const { source, args, identity } = plan;
  let removeListener: (() => Promise<void>) | undefined;
  let ended = false;
  const stream = new BoundedStream<ExecutionResult>(options.capacity, options.onOverflow, () => {
    ended = true;
    options.onEnd();
    void removeListener?.();
  });
  let last = source.startAfter?.(args) ?? Number.NEGATIVE_INFINITY;
  const deliver = (event: DomainEvent) => {
    if (!source.accepts(event, args, identity)) return;
    if (source.sequence) {
      const position = source.sequence(event);
      if (position <= last) {
        // Already seen by the client; if it ended the stream, there is nothing left to send.
        if (source.isLast?.(event)) stream.finish();
        return;
      }
      last = position;
    }
    stream.push(
      options.resolver.resolve(plan, event).catch((error: unknown) => {
        options.logger.warn({ err: error, eventType: event.type }, 'subscription event could not be resolved; skipped');
        return undefined;
      }),
    );
    if (source.isLast?.(event)) stream.finish();
  };

  // Live events are held while the replay is read, so none falls between the two.
  const held: DomainEvent[] = [];
  let replaying = Boolean(source.replay);
  try {
    removeListener = await options.fanout.add(source.typePrefix, (event) => {
      if (!replaying) return deliver(event);
      if (held.length < options.capacity) {
        held.push(event);
        return;
      }
      void stream.return();
      options.onOverflow();
    });
    if (ended) await removeListener();
    if (source.replay) {
      for (const event of await source.replay(args)) deliver(event);
      replaying = false;
      for (const event of held.splice(0)) deliver(event);
    }
  } catch (error) {
    // The bus or the chunk log failed: end the stream here, so onEnd runs and no listener is left behind.
    await stream.return();
    throw error;
  }
  return stream;
}
