import { describeUnlessSkipped } from '@support-graph/test-kit';
import type { JobQueue, JobQueueOptions, QueuedJob } from '../src/queue/job-queue.js';
import { sleep, waitFor } from '@support-graph/test-kit';

/** Opens a queue on the same durable storage each time it is called: a "restart" is a second call. */
export type QueueOpener = (options: JobQueueOptions) => Promise<JobQueue<{ n: number }>>;

/** The behaviour every JobQueue adapter must have; run against each adapter by its own test file. */
export function jobQueueContract(name: string, opener: () => Promise<QueueOpener>, skipReason?: string) {
  describeUnlessSkipped(`JobQueue contract: ${name}`, skipReason, () => {
    const fast: JobQueueOptions = { pollIntervalMs: 20, retryDelayMs: 20, visibilityTimeoutMs: 300, closeGraceMs: 50 };

    it('resumes a job left unacknowledged by a crash, and processes it once in effect', async () => {
      const open = await opener();
      const firstLife = await open({ ...fast, concurrency: 2 });
      const started: string[] = [];
      // The first process takes the job and dies before acknowledging it: the handler never finishes.
      firstLife.consume(async (job) => {
        started.push(job.key);
        await new Promise<never>(() => {});
      });
      expect(await firstLife.enqueue('event-1:pipeline', { n: 1 })).toBe(true);
      await waitFor(() => started.length === 1, 3000, 'first delivery');
      await firstLife.close();

      const secondLife = await open({ ...fast, concurrency: 2 });
      const effects = new Map<string, number>();
      secondLife.consume(async (job: QueuedJob<{ n: number }>) => {
        effects.set(job.key, (effects.get(job.key) ?? 0) + 1);
      });
      await waitFor(() => effects.get('event-1:pipeline') === 1, 5000, 'the resumed job');
      // The same event delivered again is not enqueued again.
      expect(await secondLife.enqueue('event-1:pipeline', { n: 1 })).toBe(false);
      await sleep(400);
      expect([...effects]).toEqual([['event-1:pipeline', 1]]);
      await secondLife.close();
    });

    it('reports its backlog (depth and age of the oldest job) until the jobs are done', async () => {
      const open = await opener();
      const queue = await open(fast);
      expect(await queue.backlog()).toEqual({ depth: 0, oldestAgeMs: 0 });
      for (const n of [1, 2, 3]) await queue.enqueue(`backlog-${n}`, { n });
      await sleep(30);
      const waiting = await queue.backlog();
      expect(waiting.depth).toBe(3);
      expect(waiting.oldestAgeMs).toBeGreaterThan(0);
      const done = new Set<number>();
      queue.consume(async (job) => {
        done.add(job.payload.n);
      });
      await waitFor(async () => done.size === 3 && (await queue.backlog()).depth === 0, 5000, 'an empty backlog');
      expect(await queue.backlog()).toEqual({ depth: 0, oldestAgeMs: 0 });
      await queue.close();
    });

    it('retries a failing job with backoff and dead-letters it after the last attempt', async () => {
      const open = await opener();
      const queue = await open({ ...fast, maxAttempts: 3 });
      const attempts: { attempt: number; at: number }[] = [];
      queue.consume(async (job) => {
        attempts.push({ attempt: job.attempt, at: Date.now() });
        if (job.key === 'flaky' && job.attempt < 2) throw new Error('transient');
        if (job.key === 'poison') throw new Error('always fails');
      });
      await queue.enqueue('flaky', { n: 1 });
      await queue.enqueue('poison', { n: 2 });
      await waitFor(async () => (await queue.deadLetters()).length === 1, 5000, 'the dead letter');
      const [dead] = await queue.deadLetters();
      expect(dead).toMatchObject({ key: 'poison', attempts: 3, error: 'always fails', payload: { n: 2 } });
      expect(attempts.length).toBe(2 + 3);
      await queue.close();
    });

    it('absorbs a burst of 200 jobs with bounded concurrency', async () => {
      const open = await opener();
      const queue = await open({ ...fast, concurrency: 4 });
      let running = 0;
      let peak = 0;
      const done = new Set<number>();
      queue.consume(async (job) => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(2);
        running -= 1;
        done.add(job.payload.n);
      });
      await Promise.all(Array.from({ length: 200 }, (_, n) => queue.enqueue(`burst-${n}`, { n })));
      await waitFor(() => done.size === 200, 15_000, 'all 200 jobs');
      expect(peak).toBeLessThanOrEqual(4);
      expect(peak).toBeGreaterThan(1);
      await queue.close();
    });
  });
}
