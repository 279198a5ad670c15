import { readFileSync } from 'node:fs';
import { loadConfig } from '@support-graph/runtime';
import { startFakeAnthropicServer, startFakeOpenAiServer, type FakeVendorServer } from '@support-graph/test-kit';
import { createLlmProvider } from '../../src/llm/create-llm-provider.js';
import { parseModelChoice } from '../../src/llm/model-choice.js';
import { collect, replyRequest } from './llm-test-kit.js';

const SEED = readFileSync(new URL('../../../subgraphs/feedback/playground/seed/model.yaml', import.meta.url), 'utf8');

describe('the playground model document', () => {
  it('reads the seed: the configuration chooses', () => {
    expect(parseModelChoice(SEED)).toEqual({ provider: 'configuration' });
  });

  it('reads a vendor with its model and settings', () => {
    expect(parseModelChoice('provider: anthropic\nmodel: claude-haiku-4-5\nmaxTokens: 300')).toEqual({ provider: 'anthropic', model: 'claude-haiku-4-5', maxTokens: 300 });
    expect(parseModelChoice('provider: openai\nmodel: gpt-4.1-mini\ntemperature: 0')).toEqual({ provider: 'openai', model: 'gpt-4.1-mini', temperature: 0 });
    expect(parseModelChoice('provider: embedded')).toEqual({ provider: 'embedded' });
  });

  it.each([
    ['an unknown provider', 'provider: local', /provider/],
    ['a vendor without a model', 'provider: anthropic', /model/],
    ['a model id with spaces', 'provider: openai\nmodel: gpt 4', /model/],
    ['a temperature Anthropic is never sent', 'provider: anthropic\nmodel: claude-haiku-4-5\ntemperature: 0.3', /temperature/],
    ['a temperature above 1', 'provider: openai\nmodel: gpt-4.1-mini\ntemperature: 1.5', /temperature/],
    ['a fractional token cap', 'provider: openai\nmodel: gpt-4.1-mini\nmaxTokens: 10.5', /maxTokens/],
    ['a model for the embedded responder', 'provider: embedded\nmodel: claude-haiku-4-5', /model/],
  ])('refuses %s, naming the field', (_case, content, field) => {
    let message = '';
    try {
      parseModelChoice(content);
    } catch (error) {
      message = JSON.stringify((error as { issues?: unknown }).issues ?? (error as Error).message);
    }
    expect(message).toMatch(field);
  });
});

describe('the LLM chain built for a model choice', () => {
  let anthropic: FakeVendorServer;
  let openai: FakeVendorServer;
  beforeEach(async () => {
    [anthropic, openai] = await Promise.all([startFakeAnthropicServer(), startFakeOpenAiServer()]);
  });
  afterEach(() => Promise.all([anthropic.close(), openai.close()]));

  const config = () =>
    loadConfig({
      ANTHROPIC_API_KEY: 'a-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
      OPENAI_API_KEY: 'o-key',
      OPENAI_BASE_URL: openai.url,
      OPENAI_MODEL: 'gpt-4.1',
    });

  it('asks the chosen vendor first, with the chosen model and capped tokens', async () => {
    const llm = createLlmProvider(config(), {}, { provider: 'openai', model: 'gpt-4.1-mini', temperature: 0.6, maxTokens: 100 });
    const { result } = await collect(llm.stream(replyRequest({ maxTokens: 600 })));
    expect(result).toMatchObject({ provider: 'openai' });
    expect(anthropic.requests).toHaveLength(0);
    expect(openai.requests.at(-1)?.body).toMatchObject({ model: 'gpt-4.1-mini', temperature: 0.6, max_completion_tokens: 100 });
  });

  it('falls over to the other configured vendor, which keeps its configured model', async () => {
    anthropic.enqueue({ kind: 'error', status: 529, errorType: 'overloaded_error' });
    const llm = createLlmProvider(config(), {}, { provider: 'anthropic', model: 'claude-haiku-4-5' });
    const { result } = await collect(llm.stream(replyRequest()));
    expect(anthropic.requests.at(-1)?.body).toMatchObject({ model: 'claude-haiku-4-5' });
    expect(result).toMatchObject({ provider: 'openai' });
    expect(openai.requests.at(-1)?.body).toMatchObject({ model: 'gpt-4.1' });
  });

  it('uses the embedded responder alone for `embedded`, keys or not', async () => {
    const { result } = await collect(createLlmProvider(config(), {}, { provider: 'embedded' }).stream(replyRequest()));
    expect(result).toMatchObject({ provider: 'local' });
    expect(anthropic.requests).toHaveLength(0);
    expect(openai.requests).toHaveLength(0);
  });

  it('keeps the configured order for `configuration`', async () => {
    const { result } = await collect(createLlmProvider(config(), {}, { provider: 'configuration' }).stream(replyRequest()));
    expect(result).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-4-6' });
  });

  it('refuses a vendor whose key the configuration does not hold', () => {
    expect(() => createLlmProvider(loadConfig({}), {}, { provider: 'anthropic', model: 'claude-haiku-4-5' })).toThrow('model: provider anthropic has no API key configured');
  });
});
