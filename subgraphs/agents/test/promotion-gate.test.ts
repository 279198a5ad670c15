import { isHeldOut, splitTrainingData } from '../src/triage/held-out-slice.js';
import { decidePromotion } from '../src/triage/promotion-gate.js';

describe('the promotion gate', () => {
  const serving = { accuracy: 0.9, macroF1: 0.85, examples: 40 };

  it('promotes a model at least as good on both scores, and any model when none serves', () => {
    expect(decidePromotion({ accuracy: 0.9, macroF1: 0.85, examples: 40 }, serving)).toMatchObject({ promote: true });
    expect(decidePromotion({ accuracy: 0.95, macroF1: 0.9, examples: 40 }, serving).reason).toBe(
      'at least as good on 40 held-out examples: macro-F1 90.0 % (was 85.0 %), accuracy 95.0 % (was 90.0 %)',
    );
    expect(decidePromotion({ accuracy: 0.1, macroF1: 0.1, examples: 40 }, null)).toEqual({ promote: true, reason: 'no model was serving' });
  });

  it('keeps a model worse on either score as a candidate, naming what is worse', () => {
    expect(decidePromotion({ accuracy: 0.91, macroF1: 0.8, examples: 40 }, serving)).toEqual({
      promote: false,
      reason: 'worse than the serving model on 40 held-out examples: macro-F1 80.0 % < 85.0 %',
    });
    expect(decidePromotion({ accuracy: 0.89, macroF1: 0.86, examples: 40 }, serving).reason).toContain('accuracy 89.0 % < 90.0 %');
  });

  it('refuses to replace a serving model when there is nothing to compare on', () => {
    expect(decidePromotion({ accuracy: 0, macroF1: 0, examples: 0 }, serving)).toEqual({ promote: false, reason: 'no held-out examples to compare the models on' });
  });
});

describe('the held-out slice', () => {
  const examples = Array.from({ length: 500 }, (_, i) => ({ text: `example number ${i}`, label: `label-${i % 5}` }));

  it('holds out about a fifth, the same examples every time', () => {
    const held = examples.filter((example) => isHeldOut(example.text));
    expect(held.length).toBeGreaterThan(70);
    expect(held.length).toBeLessThan(130);
    expect(examples.filter((example) => isHeldOut(example.text))).toEqual(held);
  });

  it('takes the slice from the dataset when there is one, and never trains on it', () => {
    const corrections = [{ text: 'a person corrected this', label: 'label-1' }];
    const { train, heldOut } = splitTrainingData(examples, corrections);
    expect(heldOut.every((example) => examples.includes(example))).toBe(true);
    expect(train).toContain(corrections[0]);
    expect(train.filter((example) => heldOut.includes(example))).toEqual([]);
    expect(train.length + heldOut.length).toBe(examples.length + corrections.length);
  });

  it('takes it from the corrections when there is no dataset', () => {
    const { train, heldOut } = splitTrainingData([], examples);
    expect(heldOut.length).toBeGreaterThan(0);
    expect(train.length + heldOut.length).toBe(examples.length);
  });
});
