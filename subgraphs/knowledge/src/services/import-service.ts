import { type Article, type ArticleContent, ArticleStatus, type ArticleVersion } from '../articles/article.js';
import type { ArticleDuplicates } from '../articles/article-duplicates.js';
import type { ArticleRepository } from '../articles/article-repository.js';
import { articleIdFor, checkedContent, indexableArticle, versionEntry } from '../articles/article-writes.js';
import { articleContentHash } from '../articles/content-hash.js';
import type { ImportDocument } from '../import/import-document.js';
import { type ImportFile, parseImportFiles } from '../import/import-file-parser.js';
import type { ImportReport } from '../import/import-report.js';
import type { KnowledgeGraph } from '../knowledge-graph.js';
import type { DocumentIndexer } from '../search/document-indexer.js';

export interface ImportServiceDependencies {
  readonly graph: KnowledgeGraph;
  readonly articles: ArticleRepository;
  readonly articleIndexer: DocumentIndexer;
  readonly duplicates: ArticleDuplicates;
  readonly now: () => Date;
}

/** Articles written per graph transaction during import. */
const IMPORT_BATCH = 200;

function sameImportedState(current: Article, next: Article): boolean {
  return (
    current.contentHash === next.contentHash &&
    current.status === next.status &&
    JSON.stringify([...current.topicIds].sort()) === JSON.stringify([...next.topicIds].sort()) &&
    JSON.stringify([...current.productIds].sort()) === JSON.stringify([...next.productIds].sort())
  );
}

/** A batch that names one external id twice keeps the last, as a re-import would. */
function latestPerExternalId(documents: readonly ImportDocument[]): ImportDocument[] {
  return [...new Map(documents.map((d) => [d.externalId, d])).values()];
}

/** Bulk article import from Markdown, JSON lines and HTML files, in batches. */
export class ImportService {
  constructor(private readonly deps: ImportServiceDependencies) {}

  async importFiles(files: readonly ImportFile[], author: string): Promise<ImportReport> {
    const parsed = parseImportFiles(files);
    const report = await this.importDocuments(parsed.documents, author);
    return { ...report, problems: [...parsed.problems, ...report.problems] };
  }

  /**
   * Idempotent on externalId: unchanged documents are skipped, changed ones get a new version and
   * only their changed chunks are re-embedded. Near-duplicates of other articles are reported.
   */
  async importDocuments(documents: readonly ImportDocument[], author: string): Promise<ImportReport> {
    const report: ImportReport = { created: [], updated: [], unchanged: [], nearDuplicates: [], problems: [], embeddedChunks: 0 };
    const duplicates = await this.deps.duplicates.detector();
    for (let start = 0; start < documents.length; start += IMPORT_BATCH) {
      const batch = latestPerExternalId(documents.slice(start, start + IMPORT_BATCH));
      const existing = await this.deps.articles.findByExternalIds(batch.map((d) => d.externalId));
      const currentById = new Map((await this.deps.articles.findByIds([...existing.values()].map((r) => r.id))).map((a) => [a.id, a]));
      const writes: Array<{ article: Article; version: ArticleVersion }> = [];
      const at = this.deps.now().toISOString();
      for (const document of batch) {
        const record = existing.get(document.externalId);
        const current = record ? currentById.get(record.id) : undefined;
        let content: ArticleContent;
        try {
          content = checkedContent({ title: document.title, body: document.body, summary: document.summary ?? '', tags: document.tags ?? [], locale: document.locale ?? 'en' });
        } catch (error) {
          report.problems.push({ source: document.externalId, message: error instanceof Error ? error.message : String(error) });
          continue;
        }
        const article: Article = {
          ...content,
          id: current?.id ?? articleIdFor(document.externalId),
          externalId: document.externalId,
          status: document.status ?? current?.status ?? ArticleStatus.Published,
          version: (current?.version ?? 0) + 1,
          topicIds: document.topicIds ?? current?.topicIds ?? [],
          productIds: document.productIds ?? current?.productIds ?? [],
          relatedIds: current?.relatedIds ?? [],
          helpfulCount: current?.helpfulCount ?? 0,
          unhelpfulCount: current?.unhelpfulCount ?? 0,
          contentHash: articleContentHash(content),
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
        };
        if (current && sameImportedState(current, article)) {
          report.unchanged.push(current.id);
          continue;
        }
        (current ? report.updated : report.created).push(article.id);
        const duplicateOf = duplicates.duplicateOf(article.id, `${article.title}\n${article.body}`);
        if (duplicateOf) report.nearDuplicates.push({ articleId: article.id, duplicateOfId: duplicateOf });
        duplicates.remember(article.id, `${article.title}\n${article.body}`);
        writes.push({ article, version: versionEntry(article, current ? [current.contentHash === article.contentHash ? 'metadata' : 'content', 'import'] : ['created', 'import'], author, at) });
      }
      await this.ensureTopicsAndProducts(writes.map((w) => w.article));
      await this.deps.graph.runInTransaction(writes.flatMap(({ article, version }) => this.deps.articles.saveStatements(article, version)));
      report.embeddedChunks += await this.deps.articleIndexer.index(writes.map(({ article }) => indexableArticle(article)));
    }
    return report;
  }

  /** Imports name topics and products by id; ones not seen before are created with the id as name. */
  private async ensureTopicsAndProducts(articles: readonly Article[]): Promise<void> {
    const topicIds = [...new Set(articles.flatMap((a) => a.topicIds))];
    const productIds = [...new Set(articles.flatMap((a) => a.productIds))];
    const [topics, products] = await Promise.all([this.deps.articles.topics(topicIds), this.deps.articles.products(productIds)]);
    for (const id of topicIds) if (!topics.some((t) => t.id === id)) await this.deps.articles.saveTopic({ id, name: id });
    for (const id of productIds) if (!products.some((p) => p.id === id)) await this.deps.articles.saveProduct({ id, name: id });
  }
}
