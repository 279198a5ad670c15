import { fileURLToPath } from 'node:url';
import { runAiResponseTest } from '../../src/playground/ai-test/ai-response-test.js';

const PROMISING_SEED = fileURLToPath(new URL('./fixtures/promising-seed.json', import.meta.url));

describe('ai:test (committed gate datasets against the production-labelled seed versions)', () => {
  it('passes on the repository seed configuration', async () => {
    const report = await runAiResponseTest();
    expect(report.passed).toBe(true);
    const [gate] = report.gates;
    expect(gate).toMatchObject({ kind: 'reply-template', version: 1 });
    expect(gate!.summary.items).toBeGreaterThan(50);
    expect(gate!.summary.graders.faithfulness).toEqual({ mean: 1, items: gate!.summary.items });
  });

  it('fails when production is a committed template whose closing promises a refund no article backs', async () => {
    const report = await runAiResponseTest(PROMISING_SEED);
    expect(report.passed).toBe(false);
    const gate = report.gates[0]!;
    expect(gate.version).toBe(2);
    const faithfulness = gate.verdict.comparisons.find((comparison) => comparison.grader === 'faithfulness')!;
    expect(faithfulness.worse).toBe(true);
    // Only English composed answers carry the closing: about a third of the items.
    expect(faithfulness.candidate!).toBeLessThan(0.9);
    // The other graders do not move: the gate names the one that regressed.
    expect(gate.verdict.comparisons.filter((comparison) => comparison.worse).map((comparison) => comparison.grader)).toEqual(['faithfulness']);
  });
});
