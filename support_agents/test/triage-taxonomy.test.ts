import { fileURLToPath } from 'node:url';
import { loadTriageTaxonomy, parseTriageTaxonomy } from '../src/taxonomy/triage-taxonomy.js';
import { loadTriageRules } from '../src/triage/triage-rules.js';

const rules = loadTriageRules(fileURLToPath(new URL('../rules/triage-rules.yaml', import.meta.url)));

describe('triage taxonomy file', () => {
  const taxonomy = loadTriageTaxonomy();

  it('names categories and teams for people', () => {
    expect(taxonomy.categoryName('Refund_not_showing_up')).toBe('Refund not showing up');
    expect(taxonomy.categoryName('atm_support')).toBe('ATM support');
    expect(taxonomy.teamName('card-security')).toBe('Card security');
    expect(taxonomy.categories.length).toBeGreaterThanOrEqual(77);
  });

  it('agrees with the routing of triage-rules.yaml, so a pick list never offers a team routing would not choose', () => {
    for (const category of taxonomy.categories) {
      expect({ id: category.id, team: category.team }).toEqual({ id: category.id, team: rules.routing[category.id]?.team ?? rules.defaults.team });
    }
    for (const routed of Object.keys(rules.routing)) expect(taxonomy.categories.map((category) => category.id)).toContain(routed);
    for (const team of [rules.defaults.team, ...Object.values(rules.routing).map((route) => route.team)]) {
      if (team) expect(taxonomy.teams.map((entry) => entry.key)).toContain(team);
    }
  });

  it('reads an unknown category or team as words rather than a raw label', () => {
    expect(taxonomy.categoryName('late_delivery')).toBe('Late delivery');
    expect(taxonomy.teamName('returns-desk')).toBe('Returns desk');
  });

  it('rejects a category whose team is not listed, naming it', () => {
    expect(() => parseTriageTaxonomy('version: 1\nteams: { billing: Billing }\ncategories:\n  refunds: { name: Refunds, team: payments }\n')).toThrow(
      'taxonomy category refunds: team payments is not under teams',
    );
    expect(() => parseTriageTaxonomy('version: 2\nteams: {}\ncategories: {}\n')).toThrow();
  });
});
