import { fileURLToPath } from 'node:url';
import { loadMissingInformationRules } from '../src/agents/missing-information/missing-information-rules.js';
import { readEvalJsonl, readEvalTsv, splitOf } from '../src/eval/agent-eval-sets.js';

/** The committed evaluation sets stay well-formed and as large as the README says, and their split is stable. */
describe('agent evaluation sets', () => {
  it('has at least 500 language-labelled messages over at least 10 languages', () => {
    const rows = readEvalTsv('language.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(500);
    const languages = new Set(rows.map((row) => row.language));
    expect(languages.size).toBeGreaterThanOrEqual(10);
    for (const language of languages) expect(language).toMatch(/^[a-z]{2}$/);
  });

  it('has at least 300 sentiment messages with known labels', () => {
    const rows = readEvalTsv('sentiment.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.label))).toEqual(new Set(['positive', 'neutral', 'negative']));
  });

  it('has at least 100 missing-information tickets naming only items and categories of the rules file', () => {
    const rules = loadMissingInformationRules(fileURLToPath(new URL('../rules/missing-information.yaml', import.meta.url)));
    const rows = readEvalTsv('missing-information.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const row of rows) {
      expect(rules.hasCategory(row.category!)).toBe(true);
      for (const key of row.missing!.split(',').filter((k) => k !== '-')) expect(rules.items.has(key)).toBe(true);
    }
  });

  it('has 40 draft tickets whose expected article exists', () => {
    const articles = new Set(readEvalJsonl<{ externalId: string }>('draft-articles.jsonl').map((a) => a.externalId));
    const tickets = readEvalJsonl<{ article: string | null }>('drafts.jsonl');
    expect(tickets.length).toBeGreaterThanOrEqual(40);
    for (const ticket of tickets) if (ticket.article !== null) expect(articles.has(ticket.article)).toBe(true);
  });

  it('holds out a stable share of each set as the test split', () => {
    const texts = readEvalTsv('language.tsv').map((row) => row.text!);
    const test = texts.filter((text) => splitOf(text) === 'test').length / texts.length;
    expect(test).toBeGreaterThan(0.2);
    expect(test).toBeLessThan(0.4);
    // Pinned: an example never changes split, whatever is added around it.
    expect(splitOf('Thanks for nothing.')).toBe('dev');
    expect(splitOf('Where is order A7K-99120?')).toBe('test');
  });
});
