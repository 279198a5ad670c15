import { AgentOrderError, orderByReads } from '../../src/agents/agent-order.js';
import { AGENT_REGISTRATIONS } from '../../src/agents/agent-registry.js';

describe('agent order from declared reads', () => {
  it('runs every registered pipeline agent after the agents it reads', () => {
    const pipeline = AGENT_REGISTRATIONS.filter((registration) => registration.runsOnEveryTicket !== false);
    expect(orderByReads(pipeline)).toEqual([
      ['language'],
      ['triage', 'sentiment', 'knowledge-suggestion'],
      ['missing-information'],
      ['escalation'],
    ]);
  });

  it('puts independent agents in one stage, in registration order', () => {
    expect(orderByReads([{ name: 'b', reads: [] }, { name: 'a', reads: [] }, { name: 'c', reads: ['a', 'b'] }])).toEqual([['b', 'a'], ['c']]);
  });

  it('refuses a cycle, naming the agents in it', () => {
    const cycle = [
      { name: 'language', reads: [] },
      { name: 'triage', reads: ['escalation'] },
      { name: 'escalation', reads: ['triage'] },
    ];
    expect(() => orderByReads(cycle)).toThrow(AgentOrderError);
    expect(() => orderByReads(cycle)).toThrow('agents read each other in a cycle: triage reads escalation; escalation reads triage');
  });

  it('refuses a read of an agent that does not run before it', () => {
    expect(() => orderByReads([{ name: 'escalation', reads: ['reply-drafting'] }])).toThrow(
      new AgentOrderError('agent escalation reads reply-drafting, which does not run before it'),
    );
  });
});
