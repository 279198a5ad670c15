import { createAgentRegistry, isAgentName } from '../../src/agents/agent-registry.js';
import { REFUND_ARTICLES, agentContext, fakeKnowledge, ticket } from './agent-test-kit.js';

describe('agent registry', () => {
  const registry = createAgentRegistry({ 'knowledge-suggestion': { first: 1 } });

  it('lists every agent once, each under its own name', () => {
    const names = registry.names();
    expect(names).toEqual(['language', 'triage', 'sentiment', 'missing-information', 'knowledge-suggestion', 'reply-drafting', 'escalation']);
    for (const name of names) expect(registry.get(name).name).toBe(name);
  });

  it('answers undefined for an unknown name from outside', () => {
    const name: string = 'billing';
    expect(isAgentName(name)).toBe(false);
    expect(registry.get(name)).toBeUndefined();
  });

  it('passes each agent its own options and returns typed, JSON-serialisable results', async () => {
    const { knowledge } = fakeKnowledge(REFUND_ARTICLES);
    const context = agentContext(ticket({ description: 'When will my refund arrive?' }), { knowledge });
    const suggestion = await registry.get('knowledge-suggestion').run(context);
    expect(suggestion.result.articles.map((a) => a.id)).toEqual(['kb-refunds']);
    for (const name of registry.names()) {
      const output = await registry.get(name).run(context);
      expect(JSON.parse(JSON.stringify(output))).toEqual(output);
      expect(output.confidence).toBeGreaterThanOrEqual(0);
      expect(output.confidence).toBeLessThanOrEqual(1);
    }
  });
});
