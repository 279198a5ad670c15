// Writes reproducible train/test files under --out (default data/eval, git-ignored).
// BANKING77: a stratified split (20 % of each label to test, seed 42 unless --seed / --test-share) into
//   banking77-train.csv and banking77-test.csv.
// CLINC150: the official split kept as is: clinc150-train.json {train, oos_train} and
//   clinc150-test.json {test: val, oos_test: oos_val}.
// Usage: node support_agents/dist/eval/split-cli.js --format banking77 [--input FILE]; --input defaults to the
// dataset committed under datasets/ (datasets/banking77/train.csv, datasets/clinc150/train_val.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stratifiedSplit } from '../triage/stratified-split.js';
import { EVAL_SPLIT } from './eval-split.js';
import { readBanking77, readClinc150, writeBanking77, writeClinc150 } from './labelled-datasets.js';

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    input: { type: 'string' },
    out: { type: 'string', default: 'data/eval' },
    seed: { type: 'string', default: String(EVAL_SPLIT.seed) },
    'test-share': { type: 'string', default: String(EVAL_SPLIT.testShare) },
  },
});
if (values.format !== 'banking77' && values.format !== 'clinc150') {
  process.stderr.write('usage: split-cli --format banking77|clinc150 [--input FILE] [--out DIR] [--seed N] [--test-share X]\n');
  process.exit(2);
}
/** The committed copies (same depth from src/ and dist/). */
const COMMITTED = {
  banking77: new URL('../../../datasets/banking77/train.csv', import.meta.url),
  clinc150: new URL('../../../datasets/clinc150/train_val.json', import.meta.url),
};
const input = values.input ?? fileURLToPath(COMMITTED[values.format]);
mkdirSync(values.out, { recursive: true });
const written: string[] = [];
const write = (name: string, content: string) => {
  writeFileSync(join(values.out, name), content);
  written.push(join(values.out, name));
};
if (values.format === 'banking77') {
  const { train, test } = stratifiedSplit(readBanking77(input), Number(values['test-share']), Number(values.seed));
  write('banking77-train.csv', writeBanking77(train));
  write('banking77-test.csv', writeBanking77(test));
} else {
  const splits = readClinc150(input);
  write('clinc150-train.json', writeClinc150({ train: splits.train ?? [], oos_train: splits.oos_train ?? [] }));
  write('clinc150-test.json', writeClinc150({ test: splits.val ?? [], oos_test: splits.oos_val ?? [] }));
}
process.stdout.write(`${written.join('\n')}\n`);
