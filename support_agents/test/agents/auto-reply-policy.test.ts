import { parseAutoReplyPolicy } from '../../src/agents/reply-drafting/auto-reply-policy.js';
import type { ReplyDraftResult } from '../../src/agents/reply-drafting/reply-draft-result.js';

const RULES = 'version: 1\nmin_confidence: 0.6\ncategories:\n  lost_or_stolen_card: hold\n  order_status: off\n';
const grounded: ReplyDraftResult = {
  text: 'Hola Ana:\n\nLa respuesta.',
  language: 'es',
  grounded: true,
  confidence: 0.8,
  citations: [{ chunkId: 'a#0', articleId: 'a', title: 'A', quote: 'La respuesta.' }],
};

describe('auto-reply policy', () => {
  const policy = parseAutoReplyPolicy(RULES, 'send');

  it('takes the mode from the category, else the configured default', () => {
    expect(policy.modeFor('lost_or_stolen_card')).toBe('hold');
    expect(policy.modeFor('order_status')).toBe('off');
    expect(policy.modeFor('refund_request')).toBe('send');
    expect(policy.modeFor(null)).toBe('send');
    expect(parseAutoReplyPolicy(RULES, 'off').modeFor('refund_request')).toBe('off');
  });

  it('sends a grounded, confident draft and nothing weaker', () => {
    expect(policy.replyFor('send', grounded, 'es')).toEqual({ text: grounded.text, kind: 'draft' });
    const unsure = policy.replyFor('send', { ...grounded, confidence: 0.5 }, 'es');
    expect(unsure).toMatchObject({ kind: 'holding' });
    expect(unsure!.text).toMatch(/^Gracias por su mensaje/);
    expect(policy.replyFor('send', { ...grounded, grounded: false }, 'es')!.kind).toBe('holding');
  });

  it('holds in the customer language, and sends nothing when off', () => {
    expect(policy.replyFor('hold', undefined, 'pl')!.text).toMatch(/^Dziękujemy za wiadomość/);
    expect(policy.replyFor('off', grounded, 'es')).toBeNull();
  });

  it('rejects an unknown mode', () => {
    expect(() => parseAutoReplyPolicy('version: 1\nmin_confidence: 0.5\ncategories:\n  x: always\n', 'send')).toThrow();
  });
});
