import { exceedsLength, textProblem } from '@support-graph/runtime';
import { RoadmapErrors } from './roadmap-errors.js';

export const SUMMARY_MAX = 255;
export const DESCRIPTION_MAX = 30_000;
const LABEL = /^[A-Za-z0-9._-]{1,64}$/;

/** A summary, description or name as typed by a person: trimmed, hygienic, within bounds. */
export function checkedText(field: string, value: string, max: number, required = true): string {
  const trimmed = value.trim();
  if (required && trimmed.length === 0) throw RoadmapErrors.badInput(field, 'must not be empty');
  if (exceedsLength(trimmed, max)) throw RoadmapErrors.badInput(field, `at most ${max} characters`);
  const problem = textProblem(trimmed);
  if (problem) throw RoadmapErrors.badInput(field, problem);
  return trimmed;
}

/** Jira labels have no spaces; we keep them to a safe alphabet. */
export function checkedLabels(labels: readonly string[]): string[] {
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) throw RoadmapErrors.badInput('labels', 'letters, digits, dot, dash and underscore only (1–64)');
  return [...new Set(labels)];
}
