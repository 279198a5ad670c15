import { accuracy, macroF1, percentile } from '../src/eval/classification-metrics.js';
import { parseCsv } from '@support-graph/runtime';
import { writeBanking77 } from '../src/eval/labelled-datasets.js';
import { stratifiedSplit } from '../src/triage/stratified-split.js';

describe('classification metrics', () => {
  it('computes accuracy, macro F1 and nearest-rank percentiles', () => {
    const actual = ['a', 'a', 'b', 'b'];
    const predicted = ['a', 'b', 'b', 'b'];
    expect(accuracy(actual, predicted)).toBe(0.75);
    // a: P 1, R 0.5 → F1 2/3; b: P 2/3, R 1 → F1 0.8
    expect(macroF1(actual, predicted)).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([...Array(100).keys()], 95)).toBe(94);
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const examples = [
      { text: 'He said "hi", then left', label: 'x' },
      { text: 'two\nlines', label: 'y' },
    ];
    const [header, ...rows] = parseCsv(writeBanking77(examples));
    expect(header).toEqual(['text', 'category']);
    expect(rows).toEqual([['He said "hi", then left', 'x'], ['two\nlines', 'y']]);
  });
});

describe('stratified split', () => {
  const examples = Array.from({ length: 100 }, (_, i) => ({ text: `t${i}`, label: i < 80 ? 'big' : 'small' }));

  it('keeps each label share and is reproducible from its seed', () => {
    const { train, test } = stratifiedSplit(examples, 0.25, 3);
    expect(test.filter((e) => e.label === 'big')).toHaveLength(20);
    expect(test.filter((e) => e.label === 'small')).toHaveLength(5);
    expect(train).toHaveLength(75);
    expect(stratifiedSplit(examples, 0.25, 3)).toEqual({ train, test });
    expect(stratifiedSplit(examples, 0.25, 4).test).not.toEqual(test);
  });
});
