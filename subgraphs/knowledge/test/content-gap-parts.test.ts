import { draftOutline, sharedKeywords } from '../src/gaps/article-outline.js';
import { clusterTickets } from '../src/gaps/ticket-clusters.js';

const unit = (...values: number[]) => {
  const length = Math.hypot(...values);
  return Float32Array.from(values.map((value) => value / length));
};

describe('clustering uncovered tickets', () => {
  it('groups tickets close to a cluster’s first ticket, oldest first, and starts a new cluster otherwise', () => {
    const clusters = clusterTickets(
      [
        { id: 'a', vector: unit(1, 0, 0) },
        { id: 'b', vector: unit(0, 1, 0) },
        { id: 'c', vector: unit(0.9, 0.1, 0) },
        { id: 'd', vector: unit(0, 0, 1) },
        { id: 'e', vector: unit(0.1, 0.95, 0) },
      ],
      0.8,
    );
    expect(clusters.map((cluster) => cluster.map((ticket) => ticket.id))).toEqual([['a', 'c'], ['b', 'e'], ['d']]);
  });
});

describe('the outline for a lead', () => {
  it('names what most tickets share, without filler, stopwords or numbers', () => {
    expect(sharedKeywords(['Crypto wallet withdrawal stuck, please help 123', 'My crypto withdrawal is stuck', 'Withdrawal pending to wallet'], 3)).toEqual([
      'withdrawal',
      'crypto',
      'stuck',
    ]);
  });

  it('quotes the questions with PII redacted and lays out a help article’s sections', () => {
    const outline = draftOutline(['withdrawal', 'crypto'], ['Withdrawal stuck, mail me at ann@example.com', 'Withdrawal stuck, mail me at ann@example.com', 'Crypto pending']);
    expect(outline.title).toBe('Help with withdrawal, crypto');
    expect(outline.sections[0]).toBe('What customers ask: “Withdrawal stuck, mail me at [EMAIL]”; “Crypto pending”');
    expect(outline.sections).toHaveLength(5);
  });
});
