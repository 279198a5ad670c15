import { createTwoFilesPatch } from 'diff';

/** A unified diff from one version's document to the next, as the console shows it. */
export function versionDiff(kind: string, before: { number: number; content: string } | undefined, after: { number: number; content: string }): string {
  if (!before) return '';
  return createTwoFilesPatch(`${kind}@${before.number}`, `${kind}@${after.number}`, before.content, after.content, '', '', { context: 3 });
}
