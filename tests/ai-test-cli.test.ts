import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `npm run -s ai:test` as CI runs it: the built CLI, its JSON and its exit code (npm test builds first). */
const CLI = fileURLToPath(new URL('../subgraphs/feedback/dist/playground/ai-test/ai-test-cli.js', import.meta.url));
const WORSE_SEED = fileURLToPath(new URL('../subgraphs/feedback/test/playground/fixtures/promising-seed.json', import.meta.url));

function aiTest(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, report: JSON.parse(result.stdout) as { passed: boolean; gates: { verdict: { comparisons: { grader: string; worse: boolean }[] } }[] } };
}

describe('npm run -s ai:test', () => {
  it('passes (exit 0) on the repository seed configuration', () => {
    const { status, report } = aiTest();
    expect(report.passed).toBe(true);
    expect(status).toBe(0);
  });

  it('fails (exit 1) on a committed version whose closing promises what no article says, naming faithfulness', () => {
    const { status, report } = aiTest('--seed', WORSE_SEED);
    expect(status).toBe(1);
    expect(report.passed).toBe(false);
    expect(report.gates[0]!.verdict.comparisons.filter((comparison) => comparison.worse).map((comparison) => comparison.grader)).toEqual(['faithfulness']);
  });
});
