import { readDemoWorkspace, shiftTicketTimes } from '../src/demo/demo-workspace.js';

describe('the committed demo workspace', () => {
  it('moves ticket times so the workspace looks current', () => {
    const line = JSON.stringify({ externalId: 'k', createdAt: '2026-11-30T10:00:00Z', messages: [{ createdAt: '2026-11-30T11:00:00Z' }] });
    const shifted = JSON.parse(shiftTicketTimes(line, 24 * 3600 * 1000));
    expect(shifted.createdAt).toBe('2026-12-01T10:00:00.000Z');
    expect(shifted.messages[0].createdAt).toBe('2026-12-01T11:00:00.000Z');
    expect(shifted.resolvedAt).toBeUndefined();
  });

  it('has what the README promises, and no ticket in the future', () => {
    const now = new Date();
    const demo = readDemoWorkspace(now);
    expect(demo.articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(demo.articles.map((article) => article.name.split('/')[0]))).toEqual(new Set(['en', 'es', 'de']));
    const tickets = demo.ticketsJsonl.split('\n').map((line) => JSON.parse(line));
    expect(tickets.length).toBeGreaterThanOrEqual(50);
    expect(new Set(tickets.map((ticket) => ticket.externalId)).size).toBe(tickets.length);
    const times = tickets.flatMap((ticket) => [ticket.createdAt, ticket.resolvedAt, ...ticket.messages.map((m: { createdAt: string }) => m.createdAt)]).filter(Boolean);
    expect(times.every((time) => new Date(time) <= now)).toBe(true);
    expect(demo.settings.teams).toEqual(['cards', 'payments', 'billing', 'fraud', 'card-security', 'identity', 'general-support']);
  });
});
