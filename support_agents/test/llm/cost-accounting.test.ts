import { computeCallCostUsd, findModelPrice } from '../../src/llm/cost-accounting.js';

const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000, cachedInputTokens: 0, cacheWriteInputTokens: 0 };

describe('cost accounting', () => {
  it('prices a dated snapshot like its family, preferring the longest matching name', () => {
    expect(findModelPrice('claude-haiku-4-5-20251001')).toEqual(findModelPrice('claude-haiku-4-5'));
    expect(findModelPrice('gpt-4.1-mini-2025-04-14')?.input).toBe(0.4);
    expect(findModelPrice('gpt-4.1-2025-04-14')?.input).toBe(2);
  });

  it('computes USD from the reported usage, each token at its own rate', () => {
    expect(computeCallCostUsd('claude-haiku-4-5', usage)).toBeCloseTo(6, 10);
    expect(computeCallCostUsd('claude-haiku-4-5', { ...usage, outputTokens: 0, cachedInputTokens: 1_000_000 })).toBeCloseTo(1.1, 10);
  });

  it('says "unknown" (null), not zero, for a model without a price', () => {
    expect(computeCallCostUsd('some-new-model', usage)).toBeNull();
  });

  it('takes a configured table instead of the defaults', () => {
    const prices = { 'my-model': { input: 1, output: 2, cachedInput: 0, cacheWriteInput: 0 } };
    expect(computeCallCostUsd('my-model', usage, prices)).toBe(3);
  });
});
