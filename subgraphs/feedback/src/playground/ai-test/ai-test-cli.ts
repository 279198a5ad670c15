// `npm run -s ai:test [-- --seed FILE]`: prints one JSON report; exits 1 on a regression, 2 on bad usage or a broken seed.
import { parseArgs } from 'node:util';
import { runAiResponseTest } from './ai-response-test.js';

const { values } = parseArgs({ options: { seed: { type: 'string' } } });
try {
  const report = await runAiResponseTest(values.seed);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(report.passed ? 0 : 1);
} catch (error) {
  process.stderr.write(`ai:test: ${(error as Error).message}\n`);
  process.exit(2);
}
