import { createDomainEvent, type DomainEvent } from '../src/domain-event.js';
import type { DurableEventStream } from '../src/event-stream/durable-event-stream.js';

/** One adapter, opened for a contract run: `open` may be called again to simulate a restart on the same data. */
export interface EventStreamHarness {
  open(): DurableEventStream;
  /** Removes what the run wrote. */
  dispose(): Promise<void>;
}

const ticketEvent = (n: number): DomainEvent => createDomainEvent('ticket.created', `t-${n}`, { ticketId: `t-${n}` });

async function readAll(stream: DurableEventStream, group: string): Promise<DomainEvent[]> {
  return (await stream.read(group, 100, 0)).map((entry) => entry.event);
}

/** The behaviour every DurableEventStream adapter owes the relay and the consumers; run by each adapter's test file. */
export function eventStreamContract(name: string, harness: () => EventStreamHarness) {
  describe(`DurableEventStream contract: ${name}`, () => {
    let current: EventStreamHarness;
    const opened: DurableEventStream[] = [];
    const open = () => {
      const stream = current.open();
      opened.push(stream);
      return stream;
    };

    beforeEach(() => {
      current = harness();
    });
    afterEach(async () => {
      for (const stream of opened.splice(0)) await stream.close();
      await current.dispose();
    });

    it('gives every group every event in order, each with its own cursor', async () => {
      const stream = open();
      const events = [1, 2, 3].map(ticketEvent);
      await stream.append(events);
      const first = await stream.read('indexing', 10, 0);
      expect(first.map((entry) => entry.event)).toEqual(events);
      await stream.acknowledge('indexing', first.map((entry) => entry.position));
      expect(await readAll(stream, 'indexing')).toEqual([]);
      // Another group is untouched by the first one's acknowledgements.
      expect((await readAll(stream, 'triage')).map((event) => event.id)).toEqual(events.map((event) => event.id));
    });

    it('stores an event id once, however often it is appended', async () => {
      const stream = open();
      const event = ticketEvent(1);
      await stream.append([event]);
      await stream.append([event, ticketEvent(2)]);
      expect((await readAll(stream, 'indexing')).map((read) => read.aggregateId)).toEqual(['t-1', 't-2']);
    });

    it('hands out again, after a restart, what a group read but never acknowledged', async () => {
      const before = open();
      await before.append([1, 2, 3].map(ticketEvent));
      const batch = await before.read('indexing', 2, 0);
      await before.acknowledge('indexing', batch.slice(0, 1).map((entry) => entry.position));
      await before.read('indexing', 10, 0); // Read, then the process "dies" before acknowledging.
      await before.close();
      const after = open();
      expect((await readAll(after, 'indexing')).map((event) => event.aggregateId)).toEqual(['t-2', 't-3']);
    });

    it('wakes a waiting reader when an event is appended', async () => {
      const stream = open();
      const writer = open();
      const waiting = stream.read('indexing', 10, 5_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await writer.append([ticketEvent(1)]);
      expect((await waiting).map((entry) => entry.event.aggregateId)).toEqual(['t-1']);
    });

    it('returns nothing after the wait when nothing was appended', async () => {
      expect(await open().read('indexing', 10, 20)).toEqual([]);
    });
  });
}
