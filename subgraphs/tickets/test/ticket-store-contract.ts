import { describeUnlessSkipped } from '@support-graph/test-kit';
import { randomUUID } from 'node:crypto';
import { createDomainEvent } from '@support-graph/runtime';
import type { TicketStore } from '../src/store/ticket-store.js';
import { StoreConflictError, StoreNotFoundError, type TicketDraft } from '../src/store/ticket-store.js';

function draft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  const now = new Date();
  return {
    id: randomUUID(),
    subject: 'Contract subject',
    description: 'Contract description',
    status: 'NEW',
    priority: 'NORMAL',
    category: null,
    channel: 'WEB',
    tags: ['alpha'],
    tagIndex: '|alpha|',
    assigneeId: null,
    integration: null,
    externalId: null,
    messages: [],
    history: [],
    createdAt: now,
    updatedAt: now,
    firstResponseAt: null,
    resolvedAt: null,
    slaDueAt: now,
    ...overrides,
  };
}

function customer(email: string) {
  return { id: randomUUID(), email, name: email.split('@')[0] ?? email, createdAt: new Date() };
}

/** The behaviour every TicketStore adapter must have; run against each adapter by its own test file. */
export function ticketStoreContract(name: string, open: () => Promise<TicketStore>, skipReason?: string) {
  describeUnlessSkipped(`TicketStore contract: ${name}`, skipReason, () => {
    let store: TicketStore;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    function subject(): TicketStore {
      if (!store) throw new Error('store not available');
      return store;
    }

    it('creates tickets with increasing numbers, one customer per email, and their outbox events atomically', async () => {
      const first = await subject().createTicket(draft(), customer('a@example.com'), (t) => [createDomainEvent('ticket.created', t.id, {})]);
      const second = await subject().createTicket(draft(), customer('a@example.com'), (t) => [createDomainEvent('ticket.created', t.id, {})]);
      expect(second.number).toBe(first.number + 1);
      expect(second.customerId).toBe(first.customerId);
      expect(first.version).toBe(1);
      const pending = await subject().pendingEvents(100);
      expect(pending.map((event) => event.aggregateId)).toEqual(expect.arrayContaining([first.id, second.id]));
    });

    it('finds an imported ticket by its external id, and only that one', async () => {
      if (!store) return;
      const externalId = `zendesk:${randomUUID()}`;
      const imported = await subject().createTicket(draft({ externalId }), customer('import@example.com'), () => []);
      await subject().createTicket(draft(), customer('import@example.com'), () => []);
      expect((await subject().findTicketByExternalId(externalId))?.id).toBe(imported.id);
      expect(await subject().findTicketByExternalId(`zendesk:${randomUUID()}`)).toBeNull();
    });

    it('creates nothing when building the events fails', async () => {
      const before = (await subject().listTickets({}, 100)).totalCount;
      await expect(
        subject().createTicket(draft(), customer('b@example.com'), () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await subject().listTickets({}, 100)).totalCount).toBe(before);
      expect(await subject().findCustomerByEmail('b@example.com')).toBeNull();
    });

    it('updates under a version check and keeps embedded messages', async () => {
      const created = await subject().createTicket(draft(), customer('c@example.com'), () => []);
      const updated = await subject().updateTicket(created.id, 1, (ticket) => {
        ticket.messages.push({ id: randomUUID(), authorId: 'x', authorRole: 'AGENT', body: 'hello', internal: false, createdAt: new Date() });
        ticket.status = 'OPEN';
        return [createDomainEvent('ticket.updated', ticket.id, {})];
      });
      expect(updated.version).toBe(2);
      const reread = await subject().findTicket(created.id);
      expect(reread?.messages.map((message) => message.body)).toEqual(['hello']);
      expect(reread?.status).toBe('OPEN');
      await expect(subject().updateTicket(created.id, 1, () => [])).rejects.toBeInstanceOf(StoreConflictError);
      await expect(subject().updateTicket(randomUUID(), undefined, () => [])).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('rolls back an update whose change throws', async () => {
      const created = await subject().createTicket(draft({ subject: 'Rollback me' }), customer('d@example.com'), () => []);
      await expect(
        subject().updateTicket(created.id, undefined, (ticket) => {
          ticket.subject = 'changed';
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect((await subject().findTicket(created.id))?.subject).toBe('Rollback me');
    });

    it('filters by status, tag and text, and pages newest first', async () => {
      for (const [index, tag] of ['red', 'blue', 'red'].entries()) {
        await subject().createTicket(draft({ subject: `Filter ${index} 100%`, tags: [tag], tagIndex: `|${tag}|` }), customer('e@example.com'), () => []);
      }
      expect((await subject().listTickets({ tag: 'red' }, 10)).totalCount).toBe(2);
      expect((await subject().listTickets({ text: 'filter 1' }, 10)).items.map((t) => t.subject)).toEqual(['Filter 1 100%']);
      // LIKE wildcards in user text are not wildcards: "Fil%1" would match "Filter 1" if they were.
      expect((await subject().listTickets({ text: 'Fil%1' }, 10)).totalCount).toBe(0);
      expect((await subject().listTickets({ text: 'Filte_ 2' }, 10)).totalCount).toBe(0);
      const page = await subject().listTickets({ tag: 'red' }, 1);
      expect(page.hasNextPage).toBe(true);
      const next = await subject().listTickets({ tag: 'red' }, 1, page.items[0]?.number);
      expect(next.items[0]?.subject).toBe('Filter 0 100%');
      expect(next.hasNextPage).toBe(false);
    });

    it('marks outbox events published so they are not handed out again', async () => {
      const pending = await subject().pendingEvents(1000);
      await subject().markPublished(pending.map((event) => event.id));
      expect(await subject().pendingEvents(1000)).toEqual([]);
    });
  });
}
