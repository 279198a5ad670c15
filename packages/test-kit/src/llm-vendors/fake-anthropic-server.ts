import type { ServerResponse } from 'node:http';
import { startFakeVendorServer, writeJsonError, type FakeVendorServer, type WireWriter } from './fake-vendor-server.js';

/** Input tokens the fake reports for every request. */
export const FAKE_ANTHROPIC_INPUT_TOKENS = 120;

/** Output tokens the fake reports: one per delta-ish word, enough to check accounting. */
export function fakeOutputTokens(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function event(res: ServerResponse, name: string, data: unknown): void {
  res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Anthropic Messages API streaming wire format (server-sent events), including error bodies. */
const anthropicWire: WireWriter = {
  start(res, request) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': 'req_fake' });
    event(res, 'message_start', {
      type: 'message_start',
      message: {
        id: 'msg_fake',
        type: 'message',
        role: 'assistant',
        // The API names the model that answered; the fake echoes the one asked for.
        model: (request.body as { model: string }).model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: FAKE_ANTHROPIC_INPUT_TOKENS,
          output_tokens: 1,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 20,
        },
      },
    });
    event(res, 'content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
    event(res, 'ping', { type: 'ping' });
  },
  delta(res, text) {
    event(res, 'content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
  },
  finish(res, outputText) {
    event(res, 'content_block_stop', { type: 'content_block_stop', index: 0 });
    event(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: fakeOutputTokens(outputText) },
    });
    event(res, 'message_stop', { type: 'message_stop' });
    res.end();
  },
  streamError(res, errorType) {
    event(res, 'error', { type: 'error', error: { type: errorType, message: 'Overloaded' } });
    res.end();
  },
  errorResponse(res, reply) {
    writeJsonError(
      res,
      reply.status,
      { type: 'error', error: { type: reply.errorType, message: reply.message ?? reply.errorType } },
      reply.retryAfterSeconds,
    );
  },
};

/** Fake Anthropic API; give `url` to the SDK as `baseURL` (it posts to `/v1/messages`). */
export function startFakeAnthropicServer(): Promise<FakeVendorServer> {
  return startFakeVendorServer(anthropicWire, '');
}
