import { readFileSync } from 'node:fs';
import { TICKET_EVENT_PREFIX, TicketEventType } from '../src/events/tickets-events.js';
import { messageAdded, statusChanged, ticketAssigned, ticketCreated, ticketUpdated } from '../src/services/ticket-event-factories.js';
import type { MessageRecord, TicketRecord } from '../src/store/ticket-records.js';

const ticket = { id: 't-1', number: 1001, subject: 'S', description: 'D', status: 'NEW', priority: 'NORMAL', channel: 'WEB', tags: [], customerId: 'c-1', version: 2 } as unknown as TicketRecord;
const message = { id: 'm-1', authorRole: 'CUSTOMER', internal: false } as unknown as MessageRecord;

describe('tickets event contract', () => {
  it('imports nothing, so consumers take on no dependency of the tickets subgraph', () => {
    const source = readFileSync(new URL('../src/events/tickets-events.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+[^;]*\bfrom)\b/m);
  });

  it('is what the producer publishes: every event type is named in the contract and carries the prefix', () => {
    const events = [ticketCreated(ticket), ticketUpdated(ticket, []), messageAdded(ticket, message), statusChanged(ticket, 'NEW', 'OPEN'), ticketAssigned(ticket, null, 'u-1')];
    expect(events.map((event) => event.type)).toEqual(Object.values(TicketEventType));
    for (const event of events) expect(event.type.startsWith(TICKET_EVENT_PREFIX)).toBe(true);
  });
});
