import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKnowledgeEngine } from '../create-knowledge-engine.js';
import type { ImportDocument } from '../import/import-document.js';
import { DEFAULT_BANKING77_EVAL } from './banking77-eval-generator.js';
import { readLabelledCsv } from './labelled-csv.js';
import { percentile } from './retrieval-metrics.js';
import { seededRandom, shuffled } from '@support-graph/runtime';

/**
 * bench:knowledge — embedded engine on disk (Kùzu + local index + local embedder): imports N
 * synthetic articles (sections of banking77 phrasing, ~1.5 KB each), then times searches.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, queries: { type: 'string', default: '500' } } });
  const articleCount = Number(values.articles);
  const examples = readLabelledCsv(DEFAULT_BANKING77_EVAL.trainCsv);
  const random = seededRandom(7);
  const documents: ImportDocument[] = Array.from({ length: articleCount }, (_, i) => {
    const picks = shuffled(examples, random).slice(0, 24);
    const category = picks[0]!.category;
    const section = (from: number) => picks.slice(from, from + 8).map((e) => `- ${e.text}`).join('\n');
    return {
      externalId: `bench-${i}`,
      title: `${category.replace(/_/g, ' ')} (${i})`,
      body: `# Overview\n\n${section(0)}\n\n## Details\n\n${section(8)}\n\n## Related questions\n\n${section(16)}\n`,
      tags: [category],
      locale: i % 5 === 0 ? 'de' : 'en',
    };
  });
  const queries = shuffled(examples, random).slice(0, Number(values.queries)).map((e) => e.text);
  const dataDir = mkdtempSync(join(tmpdir(), 'knowledge-bench-'));
  const engine = await createKnowledgeEngine({ dataDir });
  try {
    const importStarted = performance.now();
    await engine.imports.importDocuments(documents, 'bench');
    const importSeconds = (performance.now() - importStarted) / 1000;
    const latencies: number[] = [];
    const filteredLatencies: number[] = [];
    for (const [i, query] of queries.entries()) {
      const started = performance.now();
      if (i % 2 === 0) await engine.search.searchKnowledge({ query, first: 10, audience: 'customer' });
      else await engine.search.searchKnowledge({ query, first: 10, audience: 'agent', filter: { locale: 'en' } });
      (i % 2 === 0 ? latencies : filteredLatencies).push(performance.now() - started);
    }
    const all = [...latencies, ...filteredLatencies];
    const reimportStarted = performance.now();
    const reimport = await engine.imports.importDocuments(documents, 'bench');
    process.stdout.write(
      `${JSON.stringify({
        articles: articleCount,
        import_articles_per_s: Math.round(articleCount / importSeconds),
        reimport_unchanged_articles_per_s: Math.round(reimport.unchanged.length / ((performance.now() - reimportStarted) / 1000)),
        search_p50_ms: round(percentile(all, 0.5)),
        search_p95_ms: round(percentile(all, 0.95)),
        filtered_search_p95_ms: round(percentile(filteredLatencies, 0.95)),
        queries: all.length,
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      })}\n`,
    );
  } finally {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

await main();
