import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, InProcessEventBus, OutboxRelay, SqliteEventStream, type DomainEvent, type DurableEventStream } from '@support-graph/runtime';
import { TicketService } from '../src/services/ticket-service.js';
import { createSqliteTicketStore } from '../src/store/create-ticket-store.js';

const agent = { subject: 'agent@support.local', role: 'agent' as const };
const silent = createLogger('test', 'silent');

function temporaryStream(): SqliteEventStream {
  return new SqliteEventStream(join(mkdtempSync(join(tmpdir(), 'outbox-stream-')), 'event-stream.sqlite'));
}

describe('transactional outbox', () => {
  it('loses no event when the process dies between save and publish', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'tickets.sqlite');

    // First life: tickets are saved, then the process "dies" before any relay runs.
    const firstStore = await createSqliteTicketStore(path);
    const service = new TicketService(firstStore);
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const ticket = await service.createTicket(agent, { subject: `Crash ${index}`, description: 'd', customer: { email: 'c@example.com' } });
      ids.push(ticket.id);
    }
    await service.changeStatus(agent, ids[0]!, 'OPEN');
    await firstStore.close();

    // Second life: the relay finds the committed events, appends them to the stream and announces them, in order.
    const secondStore = await createSqliteTicketStore(path);
    const stream = temporaryStream();
    const bus = new InProcessEventBus();
    const received: DomainEvent[] = [];
    await bus.subscribe('ticket.', (event) => {
      received.push(event);
    });
    const relay = new OutboxRelay(secondStore, { stream, bus }, silent);
    await relay.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(received.map((event) => event.type)).toEqual(['ticket.created', 'ticket.created', 'ticket.created', 'ticket.status_changed']);
    expect(received.map((event) => event.aggregateId)).toEqual([...ids, ids[0]]);
    const streamed = await stream.read('test-group', 10, 0);
    expect(streamed.map((entry) => entry.event.type)).toEqual(['ticket.created', 'ticket.created', 'ticket.created', 'ticket.status_changed']);
    expect(await secondStore.pendingEvents(10)).toEqual([]);
    await relay.stop();
    await stream.close();
    await secondStore.close();
  });

  it('stores an event once in the stream when the relay moves it twice (a crash between append and mark)', async () => {
    const store = await createSqliteTicketStore(':memory:');
    const service = new TicketService(store);
    await service.createTicket(agent, { subject: 'Twice', description: 'd', customer: { email: 'c@example.com' } });
    const stream = temporaryStream();
    const bus = new InProcessEventBus();
    const pending = await store.pendingEvents(10);
    // First life appended, then died before marking: the rows are still pending for the second life.
    await stream.append(pending.map((entry) => ({ id: entry.id, type: entry.type, aggregateId: entry.aggregateId, occurredAt: entry.occurredAt.toISOString(), payload: JSON.parse(entry.payload) as unknown })));
    await new OutboxRelay(store, { stream, bus }, silent).flush();
    expect((await stream.read('test-group', 10, 0)).map((entry) => entry.event.id)).toEqual(pending.map((entry) => entry.id));
    expect(await store.pendingEvents(10)).toHaveLength(0);
    await stream.close();
    await store.close();
  });

  it('keeps events in the outbox while the durable stream is down, and moves them when it is back', async () => {
    const store = await createSqliteTicketStore(':memory:');
    const service = new TicketService(store);
    await service.createTicket(agent, { subject: 'Stream down', description: 'd', customer: { email: 'c@example.com' } });
    let up = false;
    const stream = temporaryStream();
    const flakyStream: DurableEventStream = {
      append: async (events) => {
        if (!up) throw new Error('stream unavailable');
        await stream.append(events);
      },
      read: (group, max, waitMs) => stream.read(group, max, waitMs),
      acknowledge: (group, positions) => stream.acknowledge(group, positions),
      close: () => stream.close(),
    };
    const relay = new OutboxRelay(store, { stream: flakyStream, bus: new InProcessEventBus() }, silent);
    await relay.flush();
    expect(await store.pendingEvents(10)).toHaveLength(1);
    up = true;
    await relay.flush();
    expect((await stream.read('test-group', 10, 0)).map((entry) => entry.event.type)).toEqual(['ticket.created']);
    expect(await store.pendingEvents(10)).toHaveLength(0);
    await stream.close();
    await store.close();
  });

  it('marks events published once they are in the stream, even when live updates cannot go out', async () => {
    const store = await createSqliteTicketStore(':memory:');
    const service = new TicketService(store);
    await service.createTicket(agent, { subject: 'Bus down', description: 'd', customer: { email: 'c@example.com' } });
    const stream = temporaryStream();
    const downBus = {
      publish: async () => {
        throw new Error('bus unavailable');
      },
      subscribe: async () => async () => {},
      close: async () => {},
    };
    const relay = new OutboxRelay(store, { stream, bus: downBus }, silent);
    await relay.flush();
    expect(await store.pendingEvents(10)).toHaveLength(0);
    expect(await stream.read('test-group', 10, 0)).toHaveLength(1);
    await stream.close();
    await store.close();
  });
});
