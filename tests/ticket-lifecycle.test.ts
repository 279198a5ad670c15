import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { ADD_MESSAGE, ASSIGN, CHANGE_STATUS, CREATE_TICKET, CUSTOMER_CREATE_TICKET, GET_TICKET, LIST_TICKETS, UPDATE_TICKET } from './support/ticket-operations.js';

describe('ticket life cycle through the gateway', () => {
  let fixture: PlatformFixture;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    // Plain ticket behaviour: the AI pipeline would move these tickets on its own.
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    agent = await fixture.token('agent', 'agent-7@support.local');
    customer = await fixture.token('customer', 'dana@example.com');
  });
  afterAll(() => fixture.stop());

  it('takes a ticket from a customer request to closed, recording every step', async () => {
    const created = await fixture.graphql(customer, CUSTOMER_CREATE_TICKET, {
      input: { subject: '  Refund not received ', description: 'I returned the shoes two weeks ago.', tags: ['Refund', 'refund', 'shoes'] },
    });
    expect(created.errors).toBeUndefined();
    const ticket = created.data.createTicket;
    expect(ticket).toMatchObject({
      subject: 'Refund not received',
      status: 'NEW',
      priority: 'NORMAL',
      channel: 'WEB',
      tags: ['refund', 'shoes'],
      version: 1,
      customer: { email: 'dana@example.com', name: 'dana', tier: 'STANDARD' },
      firstResponseAt: null,
    });
    expect(ticket.number).toMatch(/^SUP-\d{4,}$/);
    expect(new Date(ticket.slaDueAt).getTime() - new Date(ticket.createdAt).getTime()).toBe(8 * 3_600_000);

    const reply = await fixture.graphql(agent, ADD_MESSAGE, { id: ticket.id, input: { body: 'Sorry! Which order number?' } });
    expect(reply.errors).toBeUndefined();
    expect(reply.data.addMessage.status).toBe('OPEN');
    expect(reply.data.addMessage.firstResponseAt).not.toBeNull();
    // Answered: the SLA now counts to the resolution target (NORMAL: 3 days from creation).
    expect(new Date(reply.data.addMessage.slaDueAt).getTime() - new Date(ticket.createdAt).getTime()).toBe(72 * 3_600_000);
    expect(reply.data.addMessage.messages[0]).toMatchObject({ authorRole: 'AGENT', authorId: 'agent-7@support.local', internal: false });

    const note = await fixture.graphql(agent, ADD_MESSAGE, { id: ticket.id, input: { body: 'Check warehouse returns log', internal: true } });
    expect(note.data.addMessage.messages[1].internal).toBe(true);

    const steps = ['PENDING_CUSTOMER', 'OPEN', 'ESCALATED', 'RESOLVED', 'OPEN', 'RESOLVED', 'CLOSED'];
    let version = note.data.addMessage.version;
    for (const status of steps) {
      const moved = await fixture.graphql(agent, CHANGE_STATUS, { id: ticket.id, status, version });
      expect(moved.errors).toBeUndefined();
      expect(moved.data.changeTicketStatus.status).toBe(status);
      expect(moved.data.changeTicketStatus.version).toBe(version + 1);
      version = moved.data.changeTicketStatus.version;
    }

    const final = await fixture.graphql(agent, GET_TICKET, { id: ticket.id });
    expect(final.data.ticket.resolvedAt).not.toBeNull();
    expect(final.data.ticket.history.filter((entry: { field: string }) => entry.field === 'status').map((entry: { to: string }) => entry.to)).toEqual([
      'NEW', 'OPEN', ...steps,
    ]);
    expect(final.data.ticket.history.every((entry: { actor: string }) => entry.actor.length > 0)).toBe(true);
  });

  it('refuses an illegal move with INVALID_STATUS_TRANSITION and changes nothing', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Login loop', description: 'The app keeps asking me to log in', customer: { email: 'eli@example.com' } },
    });
    const { id, version } = created.data.createTicket;
    const illegal = await fixture.graphql(agent, CHANGE_STATUS, { id, status: 'CLOSED' });
    expect(errorCodes(illegal)).toEqual(['INVALID_STATUS_TRANSITION']);
    expect(illegal.data?.changeTicketStatus ?? null).toBeNull();
    const after = await fixture.graphql(agent, GET_TICKET, { id });
    expect(after.data.ticket).toMatchObject({ status: 'NEW', version });
    expect(after.data.ticket.history).toHaveLength(1);

    const toNew = await fixture.graphql(agent, CHANGE_STATUS, { id, status: 'NEW' });
    expect(errorCodes(toNew)).toEqual(['INVALID_STATUS_TRANSITION']);
  });

  it('updates with optimistic concurrency: a stale version gets CONFLICT and is not applied', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Wrong size', description: 'Got M instead of L', customer: { email: 'fay@example.com', name: 'Fay' }, priority: 'LOW' },
    });
    const { id } = created.data.createTicket;
    const first = await fixture.graphql(agent, UPDATE_TICKET, { id, input: { version: 1, priority: 'URGENT', category: 'orders', tags: ['exchange'] } });
    expect(first.errors).toBeUndefined();
    expect(first.data.updateTicket).toMatchObject({ priority: 'URGENT', category: 'orders', tags: ['exchange'], version: 2 });
    expect(first.data.updateTicket.history.map((entry: { field: string }) => entry.field)).toEqual(['status', 'category', 'priority', 'tags']);

    const stale = await fixture.graphql(agent, UPDATE_TICKET, { id, input: { version: 1, subject: 'Lost update' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toBe('The ticket was changed since you read it; reload and retry');
    const after = await fixture.graphql(agent, GET_TICKET, { id });
    expect(after.data.ticket).toMatchObject({ subject: 'Wrong size', version: 2 });
  });

  it('assigns and unassigns', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Invoice copy', description: 'Need a copy of invoice 2291', customer: { email: 'gus@example.com' } },
    });
    const { id } = created.data.createTicket;
    const assigned = await fixture.graphql(agent, ASSIGN, { id, assigneeId: 'agent-7' });
    expect(assigned.data.assignTicket).toMatchObject({ assigneeId: 'agent-7', version: 2 });
    const list = await fixture.graphql(agent, LIST_TICKETS, { filter: { assigneeId: 'agent-7' } });
    expect(list.data.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([id]);
    const unassigned = await fixture.graphql(agent, ASSIGN, { id, assigneeId: null });
    expect(unassigned.data.assignTicket.assigneeId).toBeNull();
  });

  it('lists with filters, totalCount and cursors', async () => {
    for (let index = 0; index < 5; index += 1) {
      await fixture.graphql(agent, CREATE_TICKET, {
        input: { subject: `Paging ticket ${index}`, description: 'pagination check', tags: ['paging'], priority: index % 2 ? 'HIGH' : 'LOW', customer: { email: 'pager@example.com' } },
      });
    }
    const firstPage = await fixture.graphql(agent, LIST_TICKETS, { filter: { tag: 'paging' }, first: 2 });
    expect(firstPage.data.tickets.totalCount).toBe(5);
    expect(firstPage.data.tickets.pageInfo.hasNextPage).toBe(true);
    const seen = firstPage.data.tickets.edges.map((edge: { node: { subject: string } }) => edge.node.subject);
    expect(seen).toEqual(['Paging ticket 4', 'Paging ticket 3']);
    let after = firstPage.data.tickets.pageInfo.endCursor;
    for (;;) {
      const page = await fixture.graphql(agent, LIST_TICKETS, { filter: { tag: 'paging' }, first: 2, after });
      seen.push(...page.data.tickets.edges.map((edge: { node: { subject: string } }) => edge.node.subject));
      if (!page.data.tickets.pageInfo.hasNextPage) break;
      after = page.data.tickets.pageInfo.endCursor;
    }
    expect(seen).toEqual([4, 3, 2, 1, 0].map((index) => `Paging ticket ${index}`));

    const high = await fixture.graphql(agent, LIST_TICKETS, { filter: { tag: 'paging', priority: ['HIGH'] } });
    expect(high.data.tickets.totalCount).toBe(2);
    const text = await fixture.graphql(agent, LIST_TICKETS, { filter: { text: 'paging TICKET 3' } });
    expect(text.data.tickets.edges.map((edge: { node: { subject: string } }) => edge.node.subject)).toEqual(['Paging ticket 3']);
    const byStatus = await fixture.graphql(agent, LIST_TICKETS, { filter: { status: ['CLOSED'], tag: 'paging' } });
    expect(byStatus.data.tickets.totalCount).toBe(0);
  });
});
