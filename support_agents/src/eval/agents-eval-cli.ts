// Prints one JSON object of metrics.
// Agents on the project's own sets (support_agents/eval/), per split (dev, held-out test, all):
//   npm run -s agents:eval -- --suite language|sentiment|missing|drafts [--json] [--errors]
//   (--errors lists what the dev split gets wrong; the test split is never listed, so nobody tunes on it)
// Triage: trains the cascade's learnable stages on --train and evaluates on --test:
//   npm run -s agents:eval -- --format banking77|clinc150 --train FILE [--test FILE] [--rules FILE] [--json]
// Without --test, the BANKING77 file is split as split-cli does (seed 42, 20 % test) and CLINC150 uses val + oos_val.
import { parseArgs } from 'node:util';
import { loadTriageRules } from '../triage/triage-rules.js';
import { stratifiedSplit } from '../triage/stratified-split.js';
import { trainTriageModel } from '../triage/triage-model.js';
import { evaluateDrafts } from './evaluate-drafts.js';
import { evaluateLanguage } from './evaluate-language.js';
import { evaluateMissingInformation } from './evaluate-missing-information.js';
import { evaluateSentiment } from './evaluate-sentiment.js';
import { evaluateTriage } from './evaluate-triage.js';
import { EVAL_SPLIT } from './eval-split.js';
import { OUT_OF_SCOPE, readTestExamples, readTrainingExamples, type DatasetFormat } from './labelled-datasets.js';

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    train: { type: 'string' },
    test: { type: 'string' },
    rules: { type: 'string' },
    json: { type: 'boolean', default: false },
    suite: { type: 'string' },
    errors: { type: 'boolean', default: false },
  },
});
const print = (report: unknown) => process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);

const SUITES: Record<string, (options: { showErrors?: boolean }) => Promise<unknown>> = {
  language: evaluateLanguage,
  sentiment: evaluateSentiment,
  missing: evaluateMissingInformation,
  drafts: evaluateDrafts,
};
if (values.suite !== undefined) {
  const suite = SUITES[values.suite];
  if (!suite) {
    process.stderr.write(`usage: agents-eval --suite ${Object.keys(SUITES).join('|')} [--json] [--errors]\n`);
    process.exit(2);
  }
  print(await suite({ showErrors: values.errors }));
  process.exit(0);
}
const format = values.format as DatasetFormat | undefined;
if ((format !== 'banking77' && format !== 'clinc150') || !values.train) {
  process.stderr.write('usage: agents-eval --format banking77|clinc150 --train FILE [--test FILE] [--rules FILE] [--json]\n');
  process.exit(2);
}

let train = readTrainingExamples(format, values.train);
let test = readTestExamples(format, values.test ?? values.train);
if (!values.test && format === 'banking77') ({ train, test } = stratifiedSplit(train, EVAL_SPLIT.testShare, EVAL_SPLIT.seed));

const outOfScopeLabel = format === 'clinc150' ? OUT_OF_SCOPE : undefined;
const started = performance.now();
const model = trainTriageModel(train, outOfScopeLabel ? { outOfScopeLabel } : {});
const trainMs = Math.round(performance.now() - started);
const evaluation = await evaluateTriage(model, test, {
  ...(values.rules ? { rules: loadTriageRules(values.rules) } : {}),
  ...(outOfScopeLabel ? { outOfScopeLabel } : {}),
});
const report = { ...evaluation, train_ms: trainMs, train_examples: train.length, test_examples: test.length, ml_threshold: model.mlThreshold };
print(report);
