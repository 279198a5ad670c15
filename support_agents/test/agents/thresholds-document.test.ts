import { readFileSync } from 'node:fs';
import { parseThresholdsDocument } from '../../src/agents/thresholds-document.js';

const SEED = readFileSync(new URL('../../../subgraphs/feedback/playground/seed/thresholds.yaml', import.meta.url), 'utf8');

describe('the playground thresholds document', () => {
  it('reads the seeded version: the configuration defaults, the ML threshold left to the model', () => {
    expect(parseThresholdsDocument(SEED)).toEqual({ triage: { rules: 0.5, cache: 0.9, llm: 0.7 }, escalation: 0.5 });
  });

  it('takes an ML threshold when the document sets one', () => {
    expect(parseThresholdsDocument(SEED.replace('  llm: 0.7', '  llm: 0.7\n  ml: 0.4')).triage.ml).toBe(0.4);
  });

  it.each([
    ['a value above 1', SEED.replace('escalation: 0.5', 'escalation: 2')],
    ['a negative value', SEED.replace('cache: 0.9', 'cache: -0.1')],
    ['a missing stage', SEED.replace('  llm: 0.7\n', '')],
    ['an unknown key (a typo would otherwise be ignored)', SEED.replace('rules: 0.5', 'rule: 0.5')],
    ['no escalation threshold', SEED.replace('escalation: 0.5', '')],
    ['text instead of a number', SEED.replace('escalation: 0.5', 'escalation: high')],
  ])('refuses %s', (_case, content) => {
    expect(() => parseThresholdsDocument(content)).toThrow();
  });
});
