import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createDomainEvent } from '../src/domain-event.js';
import { SqliteEventStream } from '../src/event-stream/adapters/sqlite-event-stream.js';
import { startDurableConsumer } from '../src/event-stream/durable-consumer.js';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('durable consumer', () => {
  const directory = mkdtempSync(join(tmpdir(), 'durable-consumer-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('retries a failing batch with back-off, logging each failure, and never skips it', async () => {
    const stream = new SqliteEventStream(join(directory, 'retry.sqlite'));
    const { logger, lines } = capturingLogger();
    let failuresLeft = 2;
    const handled: string[] = [];
    const consumer = startDurableConsumer({
      stream,
      group: 'indexing',
      types: ['ticket.'],
      logger,
      waitMs: 20,
      retryDelayMs: 5,
      handler: async (events) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('index unavailable');
        }
        handled.push(...events.map((event) => event.aggregateId));
      },
    });
    await stream.append([createDomainEvent('ticket.created', 't-1', {}), createDomainEvent('article.published', 'a-1', {})]);
    await waitFor(() => handled.length > 0);
    expect(handled).toEqual(['t-1']);
    const failures = lines.filter((line) => line['msg'] === 'durable consumer could not handle events; retrying');
    expect(failures.map((line) => [line['consumerGroup'], line['attempt'], line['level']])).toEqual([
      ['indexing', 1, 50],
      ['indexing', 2, 50],
    ]);
    await consumer.stop();
    expect(await stream.read('indexing', 10, 0)).toEqual([]);
    await stream.close();
  });

  it('resumes after a stop from the first event it had not acknowledged', async () => {
    const path = join(directory, 'resume.sqlite');
    const stream = new SqliteEventStream(path);
    const handled: string[] = [];
    const { logger } = capturingLogger();
    const options = { group: 'triage', types: ['ticket.created'], logger, waitMs: 20, handler: async (events: readonly { aggregateId: string }[]) => void handled.push(...events.map((event) => event.aggregateId)) };
    const first = startDurableConsumer({ ...options, stream });
    await stream.append([createDomainEvent('ticket.created', 't-1', {})]);
    await waitFor(() => handled.length === 1);
    await first.stop();
    await stream.append([createDomainEvent('ticket.created', 't-2', {})]);
    const second = startDurableConsumer({ ...options, stream });
    await waitFor(() => handled.length === 2);
    expect(handled).toEqual(['t-1', 't-2']);
    await second.stop();
    await stream.close();
  });
});
