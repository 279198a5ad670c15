import type { AgentSkills } from './routing-records.js';

/** What a ticket asks of its agent; null: anyone will do. */
export interface SkillNeeds {
  readonly category: string | null;
  readonly language: string | null;
  readonly tier: string | null;
}

/** An agent fits when each skill list is empty ("any") or holds what the ticket needs (case-insensitive). */
export function hasSkills(skills: AgentSkills, needs: SkillNeeds): boolean {
  const fits = (offered: readonly string[], needed: string | null) =>
    needed === null || offered.length === 0 || offered.some((value) => value.toLowerCase() === needed.toLowerCase());
  return fits(skills.categories, needs.category) && fits(skills.languages, needs.language) && fits(skills.tiers, needs.tier);
}
