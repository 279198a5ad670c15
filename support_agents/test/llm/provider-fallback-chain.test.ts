import { createAnthropicProvider } from '../../src/llm/adapters/anthropic-provider.js';
import { createLocalGroundedResponder } from '../../src/llm/adapters/local-grounded-responder.js';
import { createOpenAiProvider } from '../../src/llm/adapters/openai-provider.js';
import { LlmErrorCode } from '../../src/llm/llm-error.js';
import { createProviderFallbackChain } from '../../src/llm/provider-fallback-chain.js';
import { startFakeAnthropicServer, startFakeOpenAiServer, type FakeReply, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, llmErrorOf, replyRequest } from './llm-test-kit.js';

describe('provider fallback chain: Anthropic → OpenAI → local', () => {
  let anthropic: FakeVendorServer;
  let openai: FakeVendorServer;
  beforeEach(async () => {
    [anthropic, openai] = await Promise.all([startFakeAnthropicServer(), startFakeOpenAiServer()]);
  });
  afterEach(() => Promise.all([anthropic.close(), openai.close()]));

  /** A short timeout only where a fake hangs: elsewhere a loaded machine's slow answer must not count as a timeout. */
  const chain = (withLocal = true, timeoutMs = 10_000) =>
    createProviderFallbackChain([
      createAnthropicProvider({ apiKey: 'k', baseURL: anthropic.url, timeoutMs, model: 'claude-haiku-4-5' }),
      createOpenAiProvider({ apiKey: 'k', baseURL: openai.url, timeoutMs }),
      ...(withLocal ? [createLocalGroundedResponder()] : []),
    ]);

  const failures: [string, FakeReply, string][] = [
    ['429 rate limited', { kind: 'error', status: 429, errorType: 'rate_limit_error', retryAfterSeconds: 1 }, LlmErrorCode.RateLimited],
    ['500 api error', { kind: 'error', status: 500, errorType: 'api_error' }, LlmErrorCode.UpstreamError],
    ['529 overloaded', { kind: 'error', status: 529, errorType: 'overloaded_error' }, LlmErrorCode.Overloaded],
    ['a timeout', { kind: 'hang' }, LlmErrorCode.Timeout],
  ];

  it.each(failures)('answers from OpenAI when Anthropic fails with %s', async (_name, reply, code) => {
    anthropic.enqueue(reply);
    openai.enqueue({ kind: 'stream', deltas: ['From ', 'OpenAI.'] });
    const { deltas, result } = await collect(chain(true, reply.kind === 'hang' ? 200 : undefined).stream(replyRequest()));
    expect(deltas).toEqual(['From ', 'OpenAI.']);
    expect(result).toMatchObject({ provider: 'openai', failedOver: [{ provider: 'anthropic', code }] });
  });

  it.each(failures)('answers locally when both paid providers fail (Anthropic with %s, OpenAI with 500)', async (_name, reply) => {
    anthropic.enqueue(reply);
    openai.enqueue({ kind: 'error', status: 500, errorType: 'server_error' });
    const { result } = await collect(chain(true, reply.kind === 'hang' ? 200 : undefined).stream(replyRequest()));
    expect(result!.provider).toBe('local');
    expect(result!.failedOver!.map((f) => f.provider)).toEqual(['anthropic', 'openai']);
    expect(result!.citations).toEqual(['kb-refunds']);
  });

  it('does not fall back on a client error: the same request would fail anywhere', async () => {
    anthropic.enqueue({ kind: 'error', status: 400, errorType: 'invalid_request_error' });
    const collected = await collect(chain().stream(replyRequest()));
    expect(llmErrorOf(collected).code).toBe(LlmErrorCode.BadRequest);
    expect(openai.requests).toHaveLength(0);
  });

  it('does not switch provider after text was emitted, so no text is duplicated', async () => {
    anthropic.enqueue({ kind: 'stream-then-error', deltas: ['Refunds take '], errorType: 'overloaded_error' });
    const collected = await collect(chain().stream(replyRequest()));
    expect(collected.deltas).toEqual(['Refunds take ']);
    expect(llmErrorOf(collected).code).toBe(LlmErrorCode.Overloaded);
    expect(openai.requests).toHaveLength(0);
  });

  it('reports every failure when no provider is left', async () => {
    anthropic.enqueue({ kind: 'error', status: 529, errorType: 'overloaded_error' });
    openai.enqueue({ kind: 'error', status: 429, errorType: 'rate_limit_exceeded' });
    const error = llmErrorOf(await collect(chain(false).stream(replyRequest())));
    expect(error.code).toBe(LlmErrorCode.AllProvidersFailed);
    expect(error.attempts.map((a) => [a.provider, a.code])).toEqual([
      ['anthropic', LlmErrorCode.Overloaded],
      ['openai', LlmErrorCode.RateLimited],
    ]);
  });
});
