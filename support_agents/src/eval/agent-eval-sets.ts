import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's own labelled sets (support_agents/eval/, described in its README). */
const EVAL_DIR = fileURLToPath(new URL('../../eval/', import.meta.url));

/** Share of every set held out as the test split: never looked at while tuning rules, lexicons or thresholds. */
const TEST_SHARE = 0.3;

export type EvalSplit = 'dev' | 'test';

/**
 * The split an example belongs to, from a hash of its text: stable when examples are added or
 * reordered, so an example never moves from test to dev when the file grows.
 */
export function splitOf(text: string): EvalSplit {
  const bucket = createHash('sha256').update(text).digest().readUInt16BE(0) / 0x10000;
  return bucket < TEST_SHARE ? 'test' : 'dev';
}

/** Rows of a tab-separated file in the eval folder, keyed by its header; `#` lines are comments. */
export function readEvalTsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(`${EVAL_DIR}${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const columns = (header ?? '').split('\t');
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) throw new Error(`${name}:${index + 2}: expected ${columns.length} tab-separated cells`);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!]));
  });
}

/** Lines of a JSON Lines file in the eval folder. */
export function readEvalJsonl<T>(name: string): T[] {
  return readFileSync(`${EVAL_DIR}${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Runs `score` on the dev split, the test split and both, so every figure is reported per split. */
export async function perSplit<TExample extends { readonly text: string }, TReport>(
  examples: readonly TExample[],
  score: (examples: readonly TExample[]) => Promise<TReport>,
): Promise<{ dev: TReport; test: TReport; all: TReport }> {
  return {
    dev: await score(examples.filter((e) => splitOf(e.text) === 'dev')),
    test: await score(examples.filter((e) => splitOf(e.text) === 'test')),
    all: await score(examples),
  };
}
