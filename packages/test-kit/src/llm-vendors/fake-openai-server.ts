import type { ServerResponse } from 'node:http';
import { startFakeVendorServer, writeJsonError, type FakeVendorServer, type WireWriter } from './fake-vendor-server.js';
import { fakeOutputTokens } from './fake-anthropic-server.js';

export const FAKE_OPENAI_MODEL = 'gpt-4.1-mini-2025-04-14';
export const FAKE_OPENAI_PROMPT_TOKENS = 150;
export const FAKE_OPENAI_CACHED_TOKENS = 50;

function chunk(res: ServerResponse, choices: unknown[], extra: Record<string, unknown> = {}): void {
  const body = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model: FAKE_OPENAI_MODEL, choices, ...extra };
  res.write(`data: ${JSON.stringify(body)}\n\n`);
}

/** OpenAI Chat Completions streaming wire format (`data:` lines ending with `[DONE]`), including error bodies. */
const openAiWire: WireWriter = {
  start(res) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_fake' });
    chunk(res, [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
  },
  delta(res, text) {
    chunk(res, [{ index: 0, delta: { content: text }, finish_reason: null }]);
  },
  finish(res, outputText) {
    chunk(res, [{ index: 0, delta: {}, finish_reason: 'stop' }]);
    const completion = fakeOutputTokens(outputText);
    // stream_options.include_usage: one more chunk with no choices and the usage.
    chunk(res, [], {
      usage: {
        prompt_tokens: FAKE_OPENAI_PROMPT_TOKENS,
        completion_tokens: completion,
        total_tokens: FAKE_OPENAI_PROMPT_TOKENS + completion,
        prompt_tokens_details: { cached_tokens: FAKE_OPENAI_CACHED_TOKENS },
      },
    });
    res.end('data: [DONE]\n\n');
  },
  streamError(res, errorType) {
    res.write(`data: ${JSON.stringify({ error: { message: 'The server had an error', type: errorType, param: null, code: null } })}\n\n`);
    res.end();
  },
  errorResponse(res, reply) {
    writeJsonError(
      res,
      reply.status,
      { error: { message: reply.message ?? reply.errorType, type: reply.errorType, param: null, code: reply.errorType } },
      reply.retryAfterSeconds,
    );
  },
};

/** Fake OpenAI API; give `url` (it ends in `/v1`) to the SDK as `baseURL`. */
export function startFakeOpenAiServer(): Promise<FakeVendorServer> {
  return startFakeVendorServer(openAiWire, '/v1');
}
