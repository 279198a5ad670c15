import { createAnthropicProvider } from '../../src/llm/adapters/anthropic-provider.js';
import { createOpenAiProvider } from '../../src/llm/adapters/openai-provider.js';
import { startFakeAnthropicServer, startFakeOpenAiServer, type FakeVendorServer } from '@support-graph/test-kit';
import { collect, REFUND_PASSAGES, replyRequest } from './llm-test-kit.js';

const PERSONAL_VALUES = ['jane.doe@example.com', '4111 1111 1111 1111', '+33 6 12 34 56 78', 'DE89 3704 0044 0532 0130 00', '203.0.113.42'];

const requestFullOfPii = () =>
  replyRequest({
    instructions: 'Reply to the customer. Escalations go to lead.agent@acme.test.',
    messages: [
      {
        author: 'customer',
        text: `I'm jane.doe@example.com, I paid with 4111 1111 1111 1111, call me on +33 6 12 34 56 78. My IBAN is DE89 3704 0044 0532 0130 00 (login from 203.0.113.42).`,
      },
    ],
    passages: [
      ...REFUND_PASSAGES,
      { id: 'ticket-9', title: 'Refund for jane.doe@example.com', text: 'Refunded to 4111 1111 1111 1111.', score: 0.5, source: 'ticket' },
    ],
  });

describe('PII never leaves the process', () => {
  let anthropic: FakeVendorServer;
  let openai: FakeVendorServer;
  beforeEach(async () => {
    [anthropic, openai] = await Promise.all([startFakeAnthropicServer(), startFakeOpenAiServer()]);
  });
  afterEach(() => Promise.all([anthropic.close(), openai.close()]));

  it.each([
    ['Anthropic', () => createAnthropicProvider({ apiKey: 'k', baseURL: anthropic.url, model: 'claude-haiku-4-5' }), () => anthropic],
    ['OpenAI', () => createOpenAiProvider({ apiKey: 'k', baseURL: openai.url }), () => openai],
  ])('%s receives placeholders, never the values', async (_vendor, provider, fake) => {
    await collect(provider().stream(requestFullOfPii()));
    const body = fake().requests[0]!.rawBody;
    for (const value of [...PERSONAL_VALUES, 'lead.agent@acme.test']) {
      expect(body).not.toContain(JSON.stringify(value).slice(1, -1));
    }
    for (const placeholder of ['[EMAIL]', '[CARD]', '[PHONE]', '[IBAN]', '[IP]']) expect(body).toContain(placeholder);
  });
});
