/** What the model answered to a rubric: a score in [0, 1] with its reason, or why it cannot be used. */
export type RubricVerdict = { readonly score: number; readonly reason: string } | { readonly problem: string };

const MAX_REASON = 300;

/**
 * Reads the model's answer defensively: the first JSON object in it (code fences or a sentence
 * around it are tolerated), `score` a number from 0 to 1, `reason` a text. Anything else is a
 * problem to show on the item, never a guessed score.
 */
export function parseRubricVerdict(answer: string): RubricVerdict {
  const json = answer.match(/\{[^{}]*\}/)?.[0];
  if (!json) return { problem: 'the model answered without a JSON object' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: 'the model answered with invalid JSON' };
  }
  const { score, reason } = parsed as { score?: unknown; reason?: unknown };
  if (typeof score !== 'number' || !Number.isFinite(score)) return { problem: 'the model gave no numeric "score"' };
  if (score < 0 || score > 1) return { problem: `the model's score ${score} is outside 0–1` };
  const text = typeof reason === 'string' ? reason.trim().slice(0, MAX_REASON) : '';
  return { score, reason: text || 'no reason given' };
}
