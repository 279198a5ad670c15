import type { IssueRecord } from '../domain/roadmap-records.js';

const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have i in is it its my not of on or our please so that the their there this to was we were what when where which who will with you your from support ticket customer report redacted steps still needed follow ups'.split(' '),
);

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().normalize('NFKC').match(/\p{L}[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    // A light stem: "crashes", "crashed", "crashing" meet at "crash".
    const stem = word.replace(/(ing|ed|es|s)$/u, '');
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, count] of a) dot += count * (b.get(term) ?? 0);
  const norm = (counts: Map<string, number>) => Math.sqrt([...counts.values()].reduce((sum, count) => sum + count * count, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

export interface SimilarIssue {
  readonly issue: IssueRecord;
  readonly score: number;
}

/**
 * Open issues that read like a ticket: cosine similarity of word counts between the ticket and
 * each issue's summary (counted twice: it names the problem) plus its description, which for an
 * issue made from a ticket holds that ticket's (redacted) report. No model, no network.
 */
export function similarIssues(ticketText: string, issues: readonly IssueRecord[], first: number, minimumScore = 0.15): SimilarIssue[] {
  const ticket = termCounts(ticketText);
  return issues
    .filter((issue) => issue.statusCategory !== 'done' && issue.type !== 'Epic')
    .map((issue) => ({ issue, score: cosine(ticket, termCounts(`${issue.summary} ${issue.summary} ${issue.description}`)) }))
    .filter((candidate) => candidate.score >= minimumScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, first);
}
