import { createDomainEvent, type EventBus } from '@support-graph/runtime';
import { PLAYGROUND_TRY_CHUNK, type PlaygroundTryChunkPayload } from '../playground-events.js';

/**
 * Publishes a "try it" draft as `playground.try_chunk` events while it is written. Deltas arrive
 * synchronously from the provider; publishing is chained so events leave in `seq` order whatever the bus.
 */
export class TryChunkPublisher {
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: EventBus,
    private readonly streamId: string,
    private readonly owner: string,
  ) {}

  delta(text: string): void {
    if (text !== '') this.push(text, false);
  }

  /** The last chunk; resolves once every chunk was published. */
  async done(): Promise<void> {
    this.push('', true);
    await this.chain;
  }

  private push(delta: string, done: boolean): void {
    const payload: PlaygroundTryChunkPayload = { streamId: this.streamId, owner: this.owner, seq: this.seq, delta, done };
    this.seq += 1;
    // Best-effort like reply chunks: the mutation's answer holds the whole draft whatever the bus did.
    this.chain = this.chain.then(() => this.bus.publish(createDomainEvent(PLAYGROUND_TRY_CHUNK, this.streamId, payload)).catch(() => undefined));
  }
}
