import { ClientErrors } from '@support-graph/runtime';

/** Lists take `first` (1–200, default 50): it bounds the answer and lets the gateway's cost estimate see the real size. */
export const LIST_FIRST = { nullable: true, defaultValue: 50, description: '1–200' } as const;

export function firstOf<T>(items: readonly T[], first: number | null | undefined): T[] {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw ClientErrors.badInput('first', 'between 1 and 200');
  return items.slice(0, limit);
}
