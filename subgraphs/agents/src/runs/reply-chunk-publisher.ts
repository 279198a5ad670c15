import { SequencedChunkPublisher, type EventBus } from '@support-graph/runtime';
import { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from '../events/agents-events.js';

/**
 * Publishes a streaming draft as `agent_run.reply_chunk` events, in order and best effort (the
 * run's stored output is the draft).
 */
export class ReplyChunkPublisher {
  private readonly chunks: SequencedChunkPublisher<Omit<ReplyChunkPayload, 'seq'>>;

  constructor(
    bus: EventBus,
    private readonly runId: string,
  ) {
    this.chunks = new SequencedChunkPublisher(bus, AGENT_RUN_REPLY_CHUNK, runId);
  }

  delta(text: string): void {
    if (text !== '') this.chunks.publish({ runId: this.runId, delta: text, done: false, citations: [] });
  }

  /** The last chunk; resolves once every chunk was published. */
  async done(citations: ReplyChunkPayload['citations']): Promise<void> {
    this.chunks.publish({ runId: this.runId, delta: '', done: true, citations });
    await this.chunks.settled();
  }
}
