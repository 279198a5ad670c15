import { configDocumentProblem } from '../../src/playground/configs/config-document-problem.js';
import { AI_CONFIG_KINDS, type AiConfigKind } from '../../src/playground/configs/ai-config-kinds.js';
import { readPlaygroundSeed } from '../../src/playground/ai-test/playground-seed.js';

const seed = readPlaygroundSeed();
const seeded = (kind: AiConfigKind) => seed.versions.find((version) => version.kind === kind)!.content;

/** Each kind the agents follow is refused at save with the problem the agents' own parser finds. */
describe('validating a version before the playground stores it', () => {
  it.each(Object.keys(AI_CONFIG_KINDS) as AiConfigKind[])('accepts the seed version of %s', (kind) => {
    expect(configDocumentProblem(kind, seeded(kind))).toBeUndefined();
  });

  it.each<[AiConfigKind, (seedContent: string) => string, RegExp]>([
    ['thresholds', (content) => content.replace('escalation: 0.5', 'escalation: 2'), /^escalation: .*<=1/],
    ['thresholds', (content) => content.replace('rules: 0.5', 'rule: 0.5'), /rule/],
    ['escalation-weights', (content) => content.replace('  vip: 0.35', '  vip: 3'), /^weights\.vip: /],
    ['escalation-weights', (content) => content.replace('legal:\n', "legal:\n  - '[unclosed'\n"), /escalation phrases legal: invalid pattern "\[unclosed"/],
    ['triage-rules', (content) => content.replace('rules:\n', "rules:\n  - id: broken\n    match: ['(']\n    category: card_payment_fee_charged\n"), /triage rule broken: invalid pattern/],
    ['triage-rules', (content) => content.replace(/defaults:\n(?: {2}.*\n)+/u, ''), /^defaults: /],
    ['missing-information-rules', (content) => content.replace('  default: []', '  default: [no_such_item]'), /missing-information default: unknown item "no_such_item"/],
    ['model', () => 'provider: anthropic', /^model: /],
    ['model', () => 'provider: local', /^provider: /],
  ])('refuses a %s version, naming what is wrong', (kind, edit, named) => {
    const content = edit(seeded(kind));
    expect(content).not.toBe(seeded(kind));
    expect(configDocumentProblem(kind, content)).toMatch(named);
  });

  it('refuses YAML that is not a mapping for every kind, and an LLM rubric without its placeholders', () => {
    expect(configDocumentProblem('llm-rubric', '- a list')).toBe('must be a YAML mapping');
    expect(configDocumentProblem('model', 'provider: [')).toMatch(/^not valid YAML/);
    expect(configDocumentProblem('llm-rubric', 'prompt: Grade it.')).toBe('prompt: must contain {ticket}, {reply}, {passages}, {reference}');
    expect(configDocumentProblem('llm-rubric', 'prompt: Grade {reply} for {ticket} from {passages} and {reference}.')).toBeUndefined();
  });
});
