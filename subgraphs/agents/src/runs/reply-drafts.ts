import type { EarlierAgentResults, ReplyDraftResult, SupportAgent } from '@support-graph/support-agents';
import type { EventBus, Logger } from '@support-graph/runtime';
import type { PeerTicket } from '../peers/tickets-api.js';
import type { AgentRunRecord } from '../store/agent-run-records.js';
import type { RunExperiment } from './agent-catalog.js';
import type { AgentRunExecutor } from './agent-run-executor.js';
import { ReplyChunkPublisher } from './reply-chunk-publisher.js';

export interface ReplyDraftRequest {
  readonly agent: SupportAgent<ReplyDraftResult>;
  readonly ticket: PeerTicket;
  readonly jobKey: string;
  readonly trigger: string;
  readonly earlier?: EarlierAgentResults;
  readonly experiment?: RunExperiment;
}

/**
 * Reply drafts stream: the run is saved QUEUED and returned at once; the draft is produced in the
 * background, each delta published as it comes, and the whole reply stored on the run when done.
 */
export class ReplyDrafts {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly executor: AgentRunExecutor,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async start(request: ReplyDraftRequest): Promise<AgentRunRecord> {
    const run = await this.executor.queue(request);
    const work = this.produce(run, request).then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error, runId: run.id }, 'reply draft failed'),
    );
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
    return run;
  }

  /** Drafts the reply now and resolves with it once stored (the pipeline's automatic drafts); undefined when drafting failed. */
  async draft(request: ReplyDraftRequest): Promise<ReplyDraftResult | undefined> {
    const run = await this.executor.queue(request);
    // A job run again finds its draft already stored.
    if (run.status === 'SUCCEEDED') return run.output === null ? undefined : (JSON.parse(run.output) as ReplyDraftResult);
    return this.produce(run, request);
  }

  /** Waits for drafts in progress (shutdown). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async produce(run: AgentRunRecord, request: ReplyDraftRequest): Promise<ReplyDraftResult | undefined> {
    const chunks = new ReplyChunkPublisher(this.bus, run.id);
    const { output } = await this.executor.execute(run, { ...request, onDelta: (text) => chunks.delta(text) });
    await chunks.done((output?.result.citations ?? []).map((citation) => ({ id: citation.chunkId, title: citation.title })));
    return output?.result;
  }
}
