import { createDomainEvent } from '@support-graph/runtime';

describe('createDomainEvent', () => {
  it('gives every event its own id', () => {
    const a = createDomainEvent('ticket.created', 't1', {});
    const b = createDomainEvent('ticket.created', 't1', {});
    expect(a.id).not.toEqual(b.id);
    expect(a.type).toBe('ticket.created');
  });
});
