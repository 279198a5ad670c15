import { SequencedChunkPublisher, type EventBus } from '@support-graph/runtime';
import { PLAYGROUND_TRY_CHUNK, type PlaygroundTryChunkPayload } from '../playground-events.js';

/**
 * Publishes a "try it" draft as `playground.try_chunk` events while it is written, in order and best
 * effort (the mutation's answer holds the whole draft whatever the bus did).
 */
export class TryChunkPublisher {
  private readonly chunks: SequencedChunkPublisher<Omit<PlaygroundTryChunkPayload, 'seq'>>;

  constructor(
    bus: EventBus,
    private readonly streamId: string,
    private readonly owner: string,
  ) {
    this.chunks = new SequencedChunkPublisher(bus, PLAYGROUND_TRY_CHUNK, streamId);
  }

  delta(text: string): void {
    if (text !== '') this.chunks.publish({ streamId: this.streamId, owner: this.owner, delta: text, done: false });
  }

  /** The last chunk; resolves once every chunk was published. */
  async done(): Promise<void> {
    this.chunks.publish({ streamId: this.streamId, owner: this.owner, delta: '', done: true });
    await this.chunks.settled();
  }
}
