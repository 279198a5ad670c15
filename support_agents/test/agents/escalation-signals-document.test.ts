import { readFileSync } from 'node:fs';
import { createEscalationAgent } from '../../src/agents/escalation/escalation-agent.js';
import { parseEscalationSignals } from '../../src/agents/escalation/escalation-signals-document.js';
import { DEFAULT_ESCALATION_WEIGHTS } from '../../src/agents/escalation/escalation-signals.js';
import { agentContext, customerSays, ticket } from './agent-test-kit.js';

const FILE = readFileSync(new URL('../../rules/escalation-signals.yaml', import.meta.url), 'utf8');

function problem(content: string): string {
  try {
    parseEscalationSignals(content);
    return '';
  } catch (error) {
    return JSON.stringify((error as { issues?: unknown }).issues ?? (error as Error).message);
  }
}

describe('the escalation signals document (escalation-signals.yaml, the playground kind escalation-weights)', () => {
  it('reads the repository file: its weights are the defaults', () => {
    const signals = parseEscalationSignals(FILE);
    expect(signals.weights).toEqual(DEFAULT_ESCALATION_WEIGHTS);
    expect(signals.phrases.legal.length).toBeGreaterThan(0);
    expect(signals.revision).toMatch(/^[0-9a-f]{8}$/);
  });

  it('keeps the default weight of a signal the document leaves out', () => {
    const withoutWeights = FILE.replace(/\nweights:\n(?: {2}.*\n)+/u, '\n');
    expect(withoutWeights).not.toContain('weights:');
    expect(parseEscalationSignals(withoutWeights).weights).toEqual(DEFAULT_ESCALATION_WEIGHTS);
    expect(parseEscalationSignals(FILE.replace('  vip: 0.35', '  vip: 0.9')).weights.vip).toBe(0.9);
  });

  it.each([
    ['a weight above 1', FILE.replace('  vip: 0.35', '  vip: 1.5'), /weights.*vip|vip.*weights/],
    ['a misspelt weight', FILE.replace('  many_turns: 0.3', '  many_turn: 0.3'), /many_turn/],
    ['a misspelt section', FILE.replace('weights:', 'weigths:'), /weigths/],
    ['no legal phrases', FILE.replace(/\nlegal:\n(?: {2}.*\n)+/u, '\n'), /legal/],
    ['a pattern that does not compile', FILE.replace("legal:\n", "legal:\n  - '(unclosed'\n"), /escalation phrases legal: invalid pattern/],
  ])('refuses %s, naming it', (_case, content, named) => {
    expect(problem(content)).toMatch(named);
  });

  it('drives the agent: a weight raised to 1 escalates a calm VIP, and the run names the revision', async () => {
    const calmVip = agentContext(ticket({ description: 'How do I order a second card?', messages: [customerSays('How do I order a second card?', 0)], customer: { id: 'c-1', tier: 'vip' } }));
    const defaults = createEscalationAgent({ signals: parseEscalationSignals(FILE) });
    expect((await defaults.run(calmVip)).result.escalate).toBe(false);

    const raised = parseEscalationSignals(FILE.replace('  vip: 0.35', '  vip: 1'));
    const agent = createEscalationAgent({ signals: raised });
    const output = await agent.run(calmVip);
    expect(output.result.escalate).toBe(true);
    expect(output.trace).toContain('VIP customer (tier vip): weight 1.00');
    expect(agent.version).toBe(`1.0.0+signals.${raised.revision}`);
    expect(defaults.version).not.toBe(agent.version);
  });
});
