import { createLlmProvider } from '../../src/llm/create-llm-provider.js';
import { loadConfig } from '@support-graph/runtime';
import { InMemoryResponseCache } from '../../src/llm/response-cache.js';
import { responseCacheKey } from '../../src/llm/response-cache-key.js';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, replyRequest } from './llm-test-kit.js';

describe('response cache', () => {
  let anthropic: FakeVendorServer;
  beforeEach(async () => {
    anthropic = await startFakeAnthropicServer();
  });
  afterEach(() => anthropic.close());

  const llm = () =>
    createLlmProvider(loadConfig({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: anthropic.url, ANTHROPIC_MODEL: 'claude-haiku-4-5' }));

  it('answers a repeated request from the cache, replaying the same chunks, without calling the provider', async () => {
    const provider = llm();
    anthropic.enqueue({ kind: 'stream', deltas: ['Refunds take ', '5 days.'] });
    const request = replyRequest({ cache: { mode: 'use' } });
    const first = await collect(provider.stream(request));
    const second = await collect(provider.stream(request));

    expect(anthropic.requests).toHaveLength(1);
    expect(second.deltas).toEqual(first.deltas);
    expect(first.result).toMatchObject({ cached: false, provider: 'anthropic' });
    expect(first.result!.costUsd).toBeGreaterThan(0);
    expect(second.result).toMatchObject({ cached: true, provider: 'anthropic', costUsd: 0, text: 'Refunds take 5 days.' });
  });

  it('calls the provider every time in bypass mode', async () => {
    const provider = llm();
    await collect(provider.stream(replyRequest({ cache: { mode: 'bypass' } })));
    await collect(provider.stream(replyRequest({ cache: { mode: 'bypass' } })));
    expect(anthropic.requests).toHaveLength(2);
  });

  it('does not keep a reply given while the preferred provider was failing', async () => {
    const provider = llm();
    anthropic.enqueue({ kind: 'error', status: 529, errorType: 'overloaded_error' });
    const request = replyRequest({ cache: { mode: 'use' } });
    expect((await collect(provider.stream(request))).result!.provider).toBe('local');
    expect((await collect(provider.stream(request))).result).toMatchObject({ provider: 'anthropic', cached: false });
  });

  it('keys by content and namespace, never by raw personal data', () => {
    const base = replyRequest();
    const withEmail = (email: string) => replyRequest({ messages: [{ author: 'customer', text: `I am ${email}` }] });
    expect(responseCacheKey(withEmail('a@example.com'))).toBe(responseCacheKey(withEmail('b@example.org')));
    expect(responseCacheKey(base)).not.toBe(responseCacheKey(replyRequest({ cache: { namespace: 'tenant-2' } })));
    expect(responseCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('evicts the least recently used entry and expires entries after their TTL', async () => {
    let now = 0;
    const cache = new InMemoryResponseCache({ maxEntries: 2, ttlMs: 1_000, now: () => now });
    const reply = (text: string) => ({
      deltas: [text],
      result: {
        text, provider: 'local', model: 'm', citations: [], finishReason: 'complete' as const, cached: false, costUsd: 0,
        usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, cacheWriteInputTokens: 0 },
      },
    });
    await cache.set('a', reply('A'));
    await cache.set('b', reply('B'));
    await cache.get('a'); // a is now the most recently used
    await cache.set('c', reply('C'));
    expect(await cache.get('b')).toBeUndefined();
    expect((await cache.get('a'))?.result.text).toBe('A');

    now = 1_000;
    expect(await cache.get('a')).toBeUndefined();
  });
});
