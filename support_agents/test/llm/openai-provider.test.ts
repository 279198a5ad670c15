import { createOpenAiProvider } from '../../src/llm/adapters/openai-provider.js';
import { LlmErrorCode } from '../../src/llm/llm-error.js';
import { FAKE_OPENAI_CACHED_TOKENS, FAKE_OPENAI_MODEL, FAKE_OPENAI_PROMPT_TOKENS, startFakeOpenAiServer, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, llmErrorOf, replyRequest } from './llm-test-kit.js';

describe('OpenAI provider (real SDK against a fake Chat Completions API)', () => {
  let fake: FakeVendorServer;
  beforeEach(async () => {
    fake = await startFakeOpenAiServer();
  });
  afterEach(() => fake.close());

  const provider = (timeoutMs = 2_000) => createOpenAiProvider({ apiKey: 'test-key', baseURL: fake.url, timeoutMs });

  it('streams content deltas as they arrive and accounts the usage chunk', async () => {
    fake.enqueue({ kind: 'stream', deltas: ['Refunds ', 'take 5 days ', '[kb-refunds].'], holdAfterFirstDelta: true });
    const iterator = provider().stream(replyRequest())[Symbol.asyncIterator]();

    const first = await iterator.next();
    expect(first.value).toEqual({ type: 'delta', text: 'Refunds ' });
    fake.releaseHeldStreams();
    const rest = await collect({ [Symbol.asyncIterator]: () => iterator });

    expect(rest.deltas).toEqual(['take 5 days ', '[kb-refunds].']);
    const result = rest.result!;
    expect(result).toMatchObject({ provider: 'openai', model: FAKE_OPENAI_MODEL, text: 'Refunds take 5 days [kb-refunds].' });
    expect(result.citations).toEqual(['kb-refunds']);
    expect(result.usage).toEqual({
      inputTokens: FAKE_OPENAI_PROMPT_TOKENS - FAKE_OPENAI_CACHED_TOKENS,
      cachedInputTokens: FAKE_OPENAI_CACHED_TOKENS,
      outputTokens: 5,
      cacheWriteInputTokens: 0,
    });
    // gpt-4.1-mini (the dated snapshot takes its family's price): $0.40 / M input, $1.60 / M output, $0.10 / M cached.
    expect(result.costUsd).toBeCloseTo((100 * 0.4 + 5 * 1.6 + 50 * 0.1) / 1e6, 12);

    const body = fake.requests[0]!.body as Record<string, unknown>;
    expect(fake.requests[0]!.path).toBe('/v1/chat/completions');
    expect(body).toMatchObject({ model: 'gpt-4.1-mini', stream: true, stream_options: { include_usage: true }, temperature: 0.2 });
    expect((body['messages'] as { role: string }[]).map((m) => m.role)).toEqual(['system', 'user']);
  });

  it.each([
    [429, 'rate_limit_exceeded', LlmErrorCode.RateLimited],
    [500, 'server_error', LlmErrorCode.UpstreamError],
    [503, 'server_error', LlmErrorCode.UpstreamError],
    [400, 'invalid_request_error', LlmErrorCode.BadRequest],
  ])('turns HTTP %i %s into %s', async (status, errorType, code) => {
    fake.enqueue({ kind: 'error', status, errorType, retryAfterSeconds: status === 429 ? 2 : undefined });
    const error = llmErrorOf(await collect(provider().stream(replyRequest())));
    expect(error).toMatchObject({ code, provider: 'openai', status });
    if (status === 429) expect(error.retryAfterMs).toBe(2_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('turns an error inside an open stream into UPSTREAM_ERROR', async () => {
    fake.enqueue({ kind: 'stream-then-error', deltas: ['Partial'], errorType: 'server_error' });
    const collected = await collect(provider().stream(replyRequest()));
    expect(collected.deltas).toEqual(['Partial']);
    expect(llmErrorOf(collected).code).toBe(LlmErrorCode.UpstreamError);
  });

  it('times out on a server that never answers', async () => {
    fake.enqueue({ kind: 'hang' });
    expect(llmErrorOf(await collect(provider(150).stream(replyRequest()))).code).toBe(LlmErrorCode.Timeout);
  });
});
