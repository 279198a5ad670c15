import { chatRecord, chatTurns, isValidation, passesCsat, SYSTEM_PROMPT, type ResolvedConversation } from '../finetune-export/finetune-records.js';

const conversation = (overrides: Partial<ResolvedConversation> = {}): ResolvedConversation => ({
  id: 'b3c0a4e2-8d1f-4c55-9f0e-0a1b2c3d4e5f',
  subject: 'Card declined',
  description: 'My card 4111 1111 1111 1111 was declined, write to dana.scully@example.com',
  category: 'card_declined',
  createdAt: '2026-11-01T10:00:00.000Z',
  resolvedAt: '2026-11-02T10:00:00.000Z',
  customerName: 'Dana Scully',
  satisfaction: null,
  messages: [
    { authorRole: 'AGENT', body: 'Hi Dana, could you call us on +1 415 555 0100?', internal: false },
    { authorRole: 'AGENT', body: 'Customer seems upset', internal: true },
    { authorRole: 'CUSTOMER', body: 'Done.', internal: false },
    { authorRole: 'CUSTOMER', body: 'Still declined.', internal: false },
    { authorRole: 'SYSTEM', body: 'Status changed', internal: false },
    { authorRole: 'AI', body: 'The block is lifted now.', internal: false },
    { authorRole: 'CUSTOMER', body: 'Thanks!', internal: false },
  ],
  ...overrides,
});

describe('fine-tuning records', () => {
  it('turns a conversation into alternating turns, redacted, without internal notes, ending with the answer', () => {
    expect(chatTurns(conversation())).toEqual([
      { role: 'user', content: 'Card declined\n\nMy card [CARD] was declined, write to [EMAIL]' },
      { role: 'assistant', content: 'Hi [NAME], could you call us on [PHONE]?' },
      { role: 'user', content: 'Done.\n\nStill declined.' },
      { role: 'assistant', content: 'The block is lifted now.' },
    ]);
  });

  it('has nothing to learn from a conversation nobody answered', () => {
    expect(chatTurns(conversation({ messages: [{ authorRole: 'CUSTOMER', body: 'Hello?', internal: false }] }))).toBeNull();
  });

  it('writes the OpenAI and the Anthropic chat formats', () => {
    const turns = chatTurns(conversation())!;
    expect(chatRecord('openai', turns)).toEqual({ messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...turns] });
    expect(chatRecord('anthropic', turns)).toEqual({ system: SYSTEM_PROMPT, messages: turns });
  });

  it('keeps conversations scored at least the minimum CSAT, and leaves unscored ones out when there is a minimum', () => {
    const scored = [5, 4, 3, 1, null].map((satisfaction) => ({ satisfaction }));
    expect(scored.filter((c) => passesCsat(c, 4)).map((c) => c.satisfaction)).toEqual([5, 4]);
    expect(scored.filter((c) => passesCsat(c, 1)).map((c) => c.satisfaction)).toEqual([5, 4, 3, 1]);
    expect(scored.filter((c) => passesCsat(c, null))).toHaveLength(5);
  });

  it('splits by ticket id, stably and about in the share asked for', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `ticket-${i}`);
    const validation = ids.filter((id) => isValidation(id, 0.1));
    expect(validation.length).toBeGreaterThan(60);
    expect(validation.length).toBeLessThan(140);
    expect(ids.filter((id) => isValidation(id, 0.1))).toEqual(validation);
    expect(ids.filter((id) => isValidation(id, 0))).toEqual([]);
  });
});
