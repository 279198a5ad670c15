import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

// Ids are the labels triage decides, matched without regard to case; BANKING77's include `reverted_card_payment?`.
const key = z.string().regex(/^[^\sA-Z]+$/u, 'no spaces or capital letters');

const taxonomyFileSchema = z.object({
  version: z.literal(1),
  teams: z.record(key, z.string().min(1)),
  categories: z.record(key, z.object({ name: z.string().min(1), team: key })),
});

export interface TaxonomyCategory {
  readonly id: string;
  readonly name: string;
  readonly team: string;
}

/** Display names of triage categories and teams, and which team owns each category (`support_agents/rules/taxonomy.yaml`). */
export interface TriageTaxonomy {
  /** Every category, sorted by display name: the console's pick list. */
  readonly categories: readonly TaxonomyCategory[];
  /** Every team key with its display name, sorted by display name. */
  readonly teams: readonly { readonly key: string; readonly name: string }[];
  /**
   * The display name of a category, matched without regard to case (BANKING77 spells one label
   * `Refund_not_showing_up`); a category the file does not know (a team's own imported one) reads as words.
   */
  categoryName(id: string): string;
  teamName(key: string): string;
}

export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL('../../rules/taxonomy.yaml', import.meta.url));

/** `refund_not_showing_up` → `Refund not showing up`: better than a raw label for ids the file does not name. */
export function labelAsWords(label: string): string {
  const words = label.replace(/[_-]+/gu, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Validates a taxonomy YAML document; throws naming the first problem (including a category whose team is not listed). */
export function parseTriageTaxonomy(source: string): TriageTaxonomy {
  const file = taxonomyFileSchema.parse(parse(source));
  const categories = Object.entries(file.categories).map(([id, category]): TaxonomyCategory => {
    if (!(category.team in file.teams)) throw new Error(`taxonomy category ${id}: team ${category.team} is not under teams`);
    return { id, name: category.name, team: category.team };
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const names = new Map(categories.map((category) => [category.id, category.name]));
  return {
    categories: categories.sort(byName),
    teams: Object.entries(file.teams)
      .map(([teamKey, name]) => ({ key: teamKey, name }))
      .sort(byName),
    categoryName: (id) => names.get(id.toLowerCase()) ?? labelAsWords(id),
    teamName: (teamKey) => file.teams[teamKey] ?? labelAsWords(teamKey),
  };
}

export function loadTriageTaxonomy(path: string = DEFAULT_TAXONOMY_PATH): TriageTaxonomy {
  return parseTriageTaxonomy(readFileSync(path, 'utf8'));
}
