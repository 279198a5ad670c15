import { describe, expect, it } from '@jest/globals';
import { slaLabel } from '../sla-label';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('slaLabel', () => {
  it('counts down to the first reply, then to the resolution', () => {
    expect(slaLabel({ status: 'NEW', slaDueAt: at(8 * HOUR), firstResponseAt: null, resolvedAt: null }, NOW)).toEqual({ text: 'First reply due in 8 hours', tone: 'due' });
    expect(slaLabel({ status: 'OPEN', slaDueAt: at(70 * HOUR), firstResponseAt: at(-HOUR), resolvedAt: null }, NOW)).toEqual({ text: 'Resolution due in 3 days', tone: 'due' });
  });

  it('says when a target has passed', () => {
    expect(slaLabel({ status: 'OPEN', slaDueAt: at(-2 * HOUR), firstResponseAt: null, resolvedAt: null }, NOW)).toEqual({ text: 'First reply overdue (due 2 hours ago)', tone: 'overdue' });
  });

  it('stops on resolve: never "due in 8 hours" on a resolved ticket', () => {
    const resolved = slaLabel({ status: 'RESOLVED', slaDueAt: at(8 * HOUR), firstResponseAt: at(-HOUR), resolvedAt: at(-5 * 60_000) }, NOW);
    expect(resolved).toEqual({ text: 'Resolved 5 minutes ago', tone: 'done' });
    expect(slaLabel({ status: 'CLOSED', slaDueAt: at(-HOUR), firstResponseAt: null, resolvedAt: null }, NOW)).toEqual({ text: 'Closed', tone: 'done' });
  });

  it('moves with the clock it is given', () => {
    const ticket = { status: 'OPEN' as const, slaDueAt: at(90 * 60_000), firstResponseAt: null, resolvedAt: null };
    expect(slaLabel(ticket, NOW).text).toBe('First reply due in 2 hours');
    expect(slaLabel(ticket, NOW + 80 * 60_000).text).toBe('First reply due in 10 minutes');
  });
});
