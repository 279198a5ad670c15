import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, deduplicating, InProcessEventBus, type DomainEvent } from '@support-graph/runtime';
import { OutboxRelay } from '../src/events/outbox-relay.js';
import { TicketService } from '../src/services/ticket-service.js';
import { createSqliteTicketStore } from '../src/store/create-ticket-store.js';

const agent = { subject: 'agent@support.local', role: 'agent' as const };
const silent = createLogger('test', 'silent');

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

    // Second life: the relay finds the committed events and publishes them, in order.
    const secondStore = await createSqliteTicketStore(path);
    const bus = new InProcessEventBus();
    const received: DomainEvent[] = [];
    await bus.subscribe('ticket.', (event) => {
      received.push(event);
    });
    const relay = new OutboxRelay(secondStore, bus, silent);
    await relay.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(received.map((event) => event.type)).toEqual(['ticket.created', 'ticket.created', 'ticket.created', 'ticket.status_changed']);
    expect(received.map((event) => event.aggregateId)).toEqual([...ids, ids[0]]);
    expect(await secondStore.pendingEvents(10)).toEqual([]);
    await relay.stop();
    await secondStore.close();
  });

  it('lets consumers drop a redelivered event by its id', async () => {
    const handled: string[] = [];
    const handler = deduplicating((event) => {
      handled.push(event.id);
    });
    const event: DomainEvent = { id: 'e-1', type: 'ticket.created', aggregateId: 't', occurredAt: new Date().toISOString(), payload: {} };
    await handler(event);
    await handler({ ...event });
    expect(handled).toEqual(['e-1']);
  });

  it('keeps events in the outbox while the bus is down, and publishes them when it is back', async () => {
    const store = await createSqliteTicketStore(':memory:');
    const service = new TicketService(store);
    await service.createTicket(agent, { subject: 'Bus down', description: 'd', customer: { email: 'c@example.com' } });
    let up = false;
    const delivered: string[] = [];
    const flakyBus = {
      publish: async (event: DomainEvent) => {
        if (!up) throw new Error('bus unavailable');
        delivered.push(event.type);
      },
      subscribe: async () => async () => {},
      close: async () => {},
    };
    const relay = new OutboxRelay(store, flakyBus, silent);
    await relay.flush();
    expect(await store.pendingEvents(10)).toHaveLength(1);
    up = true;
    await relay.flush();
    expect(delivered).toEqual(['ticket.created']);
    expect(await store.pendingEvents(10)).toHaveLength(0);
    await store.close();
  });
});
