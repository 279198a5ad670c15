import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createKnowledgeEngine } from '../create-knowledge-engine.js';
import { DEFAULT_BANKING77_EVAL, generateBanking77Eval } from './banking77-eval-generator.js';
import { RetrievalMetrics } from './retrieval-metrics.js';

/**
 * kb:eval — imports A.jsonl into a fresh in-memory store through the import path, runs every
 * query through searchKnowledge and prints recall@1/3/5, MRR and latency as one JSON object.
 * Without --articles/--queries it uses (and if needed generates) the banking77 evaluation.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, queries: { type: 'string' }, json: { type: 'boolean', default: false } } });
  let articlesPath = values.articles;
  let queriesPath = values.queries;
  if (!articlesPath || !queriesPath) {
    const defaults = { articlesPath: `${DEFAULT_BANKING77_EVAL.outDir}/banking77-articles.jsonl`, queriesPath: `${DEFAULT_BANKING77_EVAL.outDir}/banking77-queries.jsonl` };
    if (!existsSync(defaults.articlesPath) || !existsSync(defaults.queriesPath)) generateBanking77Eval(DEFAULT_BANKING77_EVAL);
    articlesPath ??= defaults.articlesPath;
    queriesPath ??= defaults.queriesPath;
  }
  const engine = await createKnowledgeEngine();
  try {
    const imported = await engine.imports.importFiles([{ name: articlesPath, content: readFileSync(articlesPath, 'utf8') }], 'kb-eval');
    const queries = readFileSync(queriesPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { query: string; relevant: string[] });
    const externalToId = new Map<string, string>();
    for (const id of [...imported.created, ...imported.updated, ...imported.unchanged]) {
      const article = await engine.articles.article(id);
      if (article?.externalId) externalToId.set(article.externalId, id);
    }
    const metrics = new RetrievalMetrics();
    for (const { query, relevant } of queries) {
      const wanted = new Set(relevant.map((externalId) => externalToId.get(externalId)));
      const started = performance.now();
      const hits = await engine.search.searchKnowledge({ query, first: 10, audience: 'agent' });
      const latency = performance.now() - started;
      metrics.record(hits.findIndex((hit) => wanted.has(hit.articleId)) + 1, latency);
    }
    const report = metrics.report(imported.created.length + imported.updated.length + imported.unchanged.length);
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await engine.close();
  }
}

await main();
