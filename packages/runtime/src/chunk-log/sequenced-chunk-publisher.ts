import { createDomainEvent } from '../domain-event.js';
import type { EventBus } from '../event-bus/event-bus.js';

/**
 * Publishes the chunks of one stream (a draft being written) as events of `type`, numbered `seq`
 * from 0 and leaving in that order whatever the bus: chunks are pushed synchronously as a provider
 * streams, publishing is chained. Best effort: a bus that is away (Redis restarting) loses chunks for
 * watching browsers, never the stream's final result, and never the process.
 */
export class SequencedChunkPublisher<TChunk extends object> {
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: EventBus,
    private readonly type: string,
    private readonly streamId: string,
  ) {}

  publish(chunk: TChunk): void {
    const payload = { ...chunk, seq: this.seq };
    this.seq += 1;
    this.chain = this.chain.then(() => this.bus.publish(createDomainEvent(this.type, this.streamId, payload)).catch(() => undefined));
  }

  /** Resolves once every chunk pushed so far was published (or dropped). */
  settled(): Promise<void> {
    return this.chain;
  }
}
