import { useQuery } from '@apollo/client/react';
import { TriageCategories } from '../ticket-operations';
import type { TriageCategory } from '../ticket-types';

/** The categories and teams of the taxonomy, for pick lists (fetched once per session: the file changes only on a restart). */
export function useTriageCategories(): { categories: TriageCategory[]; teams: { key: string; name: string }[] } {
  const { data } = useQuery(TriageCategories, { fetchPolicy: 'cache-first' });
  const categories = data?.triageCategories ?? [];
  const teams = new Map(categories.map((category) => [category.team, category.teamName]));
  return {
    categories,
    teams: [...teams.entries()].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
