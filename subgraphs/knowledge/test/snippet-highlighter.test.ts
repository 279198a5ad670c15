import { describe, expect, it } from '@jest/globals';
import { highlightSnippet } from '../src/search/snippet-highlighter.js';

describe('highlightSnippet', () => {
  it('marks query terms by stem, so "refunds" marks "refunded" and "Refund"', () => {
    expect(highlightSnippet('Refund status: your payment was refunded.', 'refunds')).toBe('<mark>Refund</mark> status: your payment was <mark>refunded</mark>.');
  });

  it('HTML-escapes the text around and inside marks, so article text cannot inject markup', () => {
    const snippet = highlightSnippet('<script>alert("x")</script> & refund <b>now</b>', 'refund script');
    expect(snippet).toBe('&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; <mark>refund</mark> &lt;b&gt;now&lt;/b&gt;');
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('treats query metacharacters as words, never as markup or patterns', () => {
    expect(highlightSnippet('Cards (debit) work.', '(debit) <mark>')).toBe('Cards (<mark>debit</mark>) work.');
  });

  it('picks the window with the most matches and marks its cut ends with an ellipsis', () => {
    const text = `${'Nothing relevant here at all. '.repeat(20)}Your refund reaches the card, and a refund is free. ${'More filler text follows. '.repeat(20)}`;
    const snippet = highlightSnippet(text, 'refund card', { maxChars: 120 });
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.match(/<mark>/g)).toHaveLength(3);
    expect(snippet.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(120);
  });

  it('returns the opening of the text, unmarked, when nothing matches', () => {
    expect(highlightSnippet('Short answer.', 'unrelated')).toBe('Short answer.');
  });
});
