import { createDomainEvent, type EventBus } from '@support-graph/runtime';
import { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from '../events/agents-events.js';

/**
 * Publishes a streaming draft as `agent_run.reply_chunk` events. Deltas arrive synchronously from
 * the provider; publishing is chained so events leave in sequence order whatever the bus.
 */
export class ReplyChunkPublisher {
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: EventBus,
    private readonly runId: string,
  ) {}

  delta(text: string): void {
    if (text !== '') this.push(text, false, []);
  }

  /** The last chunk; resolves once every chunk was published. */
  async done(citations: ReplyChunkPayload['citations']): Promise<void> {
    this.push('', true, citations);
    await this.chain;
  }

  private push(delta: string, done: boolean, citations: ReplyChunkPayload['citations']): void {
    const payload: ReplyChunkPayload = { runId: this.runId, seq: this.seq, delta, done, citations };
    this.seq += 1;
    // Live chunks are best-effort (the run's stored output is the draft): a bus that is away — Redis
    // restarting — loses the chunk for watching browsers, never the draft, and never the process.
    this.chain = this.chain.then(() => this.bus.publish(createDomainEvent(AGENT_RUN_REPLY_CHUNK, this.runId, payload)).catch(() => undefined));
  }
}
