import { ClientErrors, exceedsLength, textProblem } from '@support-graph/runtime';

/** Limits on what a ticket may hold. A 1 MB description is a paste accident or an attack, never a ticket. */
export const LIMITS = {
  subject: 200,
  description: 20_000,
  messageBody: 20_000,
  tags: 20,
  customerName: 120,
  email: 254,
  category: 80,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAG = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Every free-text input of the tickets subgraph: acceptable text, not empty, at most `max` characters as a person counts them. */
export function requiredText(field: string, value: string, max: number): string {
  const problem = textProblem(value);
  if (problem) throw ClientErrors.badInput(field, problem);
  const trimmed = value.trim();
  if (trimmed.length === 0) throw ClientErrors.badInput(field, 'must not be empty');
  if (exceedsLength(trimmed, max)) throw ClientErrors.badInput(field, `must be at most ${max} characters`);
  return trimmed;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  return value === undefined || value === null ? undefined : requiredText(field, value, max);
}

/** For batch lookups (federation references, loaders): ids that cannot exist are skipped, not refused. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

export function validId(field: string, value: string): string {
  if (!UUID.test(value)) throw ClientErrors.badInput(field, 'is not a valid id');
  return value.toLowerCase();
}

export function validEmail(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > LIMITS.email || !EMAIL.test(email)) throw ClientErrors.badInput(field, 'is not a valid email address');
  return email;
}

/** Tags are lower-cased and de-duplicated; each is 1–40 of [a-z0-9_-]. */
export function validTags(field: string, values: readonly string[]): string[] {
  const tags = [...new Set(values.map((tag) => tag.trim().toLowerCase()))];
  if (tags.length > LIMITS.tags) throw ClientErrors.badInput(field, `at most ${LIMITS.tags} tags`);
  for (const tag of tags) {
    if (!TAG.test(tag)) throw ClientErrors.badInput(field, `"${tag.slice(0, 40)}" is not a valid tag (1–40 of a-z, 0-9, _ and -)`);
  }
  return tags;
}
