import { SpanKind } from '@opentelemetry/api';
import type { DeadLetter, JobQueue, QueueBacklog } from '../queue/job-queue.js';
import { currentTraceparent, inSpan, withTraceparent } from './trace-context.js';

/** What a traced queue stores: the job and the trace it was enqueued in. */
interface TracedPayload<TPayload> {
  readonly job: TPayload;
  readonly traceparent?: string;
}

function isTraced(payload: unknown): payload is TracedPayload<unknown> {
  return typeof payload === 'object' && payload !== null && 'job' in payload && Object.keys(payload).every((key) => key === 'job' || key === 'traceparent');
}

/**
 * A queue whose jobs carry the W3C `traceparent` of the code that enqueued them, so a job's work
 * continues the request's trace (`queue.enqueue <name>` → `queue.process <name>`) across processes.
 * Jobs stored before this wrapper existed (no envelope) are handled as they are.
 */
export class TracedJobQueue<TPayload> implements JobQueue<TPayload> {
  constructor(
    private readonly inner: JobQueue<TracedPayload<TPayload> | TPayload>,
    private readonly name: string,
  ) {}

  enqueue(key: string, payload: TPayload): Promise<boolean> {
    return inSpan(`queue.enqueue ${this.name}`, { kind: SpanKind.PRODUCER, attributes: { 'messaging.destination.name': this.name } }, () => {
      const traceparent = currentTraceparent();
      return this.inner.enqueue(key, { job: payload, ...(traceparent ? { traceparent } : {}) });
    });
  }

  consume(handler: Parameters<JobQueue<TPayload>['consume']>[0]): void {
    this.inner.consume((job) => {
      const traced = isTraced(job.payload) ? job.payload : undefined;
      const payload = (traced ? traced.job : job.payload) as TPayload;
      return withTraceparent(traced?.traceparent, () =>
        inSpan(`queue.process ${this.name}`, { kind: SpanKind.CONSUMER, attributes: { 'messaging.destination.name': this.name, 'messaging.delivery.attempt': job.attempt } }, () =>
          handler({ ...job, payload }),
        ),
      );
    });
  }

  async deadLetters(limit?: number): Promise<DeadLetter[]> {
    const letters = await this.inner.deadLetters(limit);
    return letters.map((letter) => (isTraced(letter.payload) ? { ...letter, payload: letter.payload.job } : letter));
  }

  backlog(): Promise<QueueBacklog> {
    return this.inner.backlog();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
