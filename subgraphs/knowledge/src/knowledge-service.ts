import { createHash, randomUUID } from 'node:crypto';
import { type Article, type ArticleContent, ArticleStatus, type ArticleVersion, type Product, type Topic } from './articles/article.js';
import { decodeArticleCursor, encodeArticleCursor } from './articles/article-cursor.js';
import { ArticleRepository } from './articles/article-repository.js';
import { articleContentHash } from './articles/content-hash.js';
import { NearDuplicateDetector } from './articles/near-duplicate-detector.js';
import { checkTransition } from './articles/status-transitions.js';
import type { Embedder } from './embedder.js';
import type { ImportDocument } from './import/import-document.js';
import { type ImportFile, parseImportFiles } from './import/import-file-parser.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { KnowledgeError } from './knowledge-error.js';
import type {
  ArticleConnection, ArticleFilter, Audience, CreateArticleInput, ImportReport, KnowledgeHit, SearchKnowledgeInput,
  SimilarTicket, TicketInput, TicketKnowledge, TopicGraph, TopicGraphNode, UpdateArticleInput,
} from './knowledge-service-types.js';
import { aggregateChunkHits } from './search/article-hit-aggregator.js';
import { DocumentIndexer } from './search/document-indexer.js';
import { checkedPageSize, checkedQuery, MAX_QUERY_CHARS, MAX_SUGGESTION_TEXT_CHARS } from './search/query-guard.js';
import { highlightSnippet } from './search/snippet-highlighter.js';
import type { IndexFields, IndexFilter, SearchIndex } from './search-index.js';
import { TicketRepository } from './tickets/ticket-repository.js';

export interface KnowledgeServiceDependencies {
  graph: KnowledgeGraph;
  articleIndex: SearchIndex;
  ticketIndex: SearchIndex;
  embedder: Embedder;
  /** Injected for tests; default `() => new Date()`. */
  now?: () => Date;
}

/** How much the articles that resolved similar tickets add to a ticket's suggestions. */
const RESOLUTION_WEIGHT = 0.5;
/** Articles written per graph transaction during import. */
const IMPORT_BATCH = 200;

/**
 * The knowledge engine behind the knowledge subgraph: articles with history, hybrid search,
 * imports, ticket similarity. Plain TypeScript; the GraphQL layer maps KnowledgeError codes.
 */
export class KnowledgeService {
  private readonly articles: ArticleRepository;
  private readonly tickets: TicketRepository;
  private readonly articleIndexer: DocumentIndexer;
  private readonly ticketIndexer: DocumentIndexer;
  private readonly now: () => Date;
  private duplicates: Promise<NearDuplicateDetector> | undefined;

  constructor(private readonly deps: KnowledgeServiceDependencies) {
    this.articles = new ArticleRepository(deps.graph);
    this.tickets = new TicketRepository(deps.graph);
    this.articleIndexer = new DocumentIndexer(deps.articleIndex, deps.embedder);
    this.ticketIndexer = new DocumentIndexer(deps.ticketIndex, deps.embedder);
    this.now = deps.now ?? (() => new Date());
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────

  async article(id: string, audience: Audience = 'agent'): Promise<Article | null> {
    const [article] = await this.articles.findByIds([id]);
    return article && visibleTo(article, audience) ? article : null;
  }

  /** Batch read for DataLoader; missing or invisible ids are absent from the result. */
  async articlesByIds(ids: readonly string[], audience: Audience = 'agent'): Promise<Article[]> {
    return (await this.articles.findByIds(ids)).filter((article) => visibleTo(article, audience));
  }

  /** Cursor pagination in id order. */
  async listArticles(filter: ArticleFilter = {}, first = 20, after?: string, audience: Audience = 'agent'): Promise<ArticleConnection> {
    const pageSize = checkedPageSize(first);
    const { ids, hasMore } = await this.articles.listIds(
      {
        statuses: audience === 'customer' ? [ArticleStatus.Published] : filter.statuses,
        locale: filter.locale,
        tags: filter.tags,
        topicId: filter.topicIds?.[0],
        productId: filter.productIds?.[0],
      },
      pageSize,
      after ? decodeArticleCursor(after) : '',
    );
    const nodes = await this.articles.findByIds(ids);
    return { nodes, pageInfo: { endCursor: ids.length ? encodeArticleCursor(ids.at(-1)!) : null, hasNextPage: hasMore } };
  }

  async history(articleId: string): Promise<ArticleVersion[]> {
    await this.existing(articleId);
    return this.articles.versions(articleId);
  }

  async topics(ids: readonly string[]): Promise<Topic[]> {
    return this.articles.topics(ids);
  }

  async products(ids: readonly string[]): Promise<Product[]> {
    return this.articles.products(ids);
  }

  // ── Search ─────────────────────────────────────────────────────────────────────────────

  async searchKnowledge(input: SearchKnowledgeInput): Promise<KnowledgeHit[]> {
    const query = checkedQuery(input.query, 'query', MAX_QUERY_CHARS);
    return this.searchArticles(query, indexFilter(input.filter, input.audience), checkedPageSize(input.first ?? 10, 50));
  }

  /** Help-page suggestions before a ticket exists: customers, so PUBLISHED only. */
  async suggestArticles(text: string, first = 5): Promise<KnowledgeHit[]> {
    const query = checkedQuery(text, 'text', MAX_SUGGESTION_TEXT_CHARS);
    return this.searchArticles(query, indexFilter({}, 'customer'), checkedPageSize(first, 50));
  }

  /**
   * Articles for an agent to send on a ticket: search on subject + description, boosted by the
   * articles that resolved similar tickets (recordResolution feeds this).
   */
  async suggestedArticles(ticket: TicketInput, first = 5): Promise<KnowledgeHit[]> {
    const pageSize = checkedPageSize(first, 50);
    const text = checkedQuery(`${ticket.subject}\n${ticket.description}`, 'ticket', MAX_SUGGESTION_TEXT_CHARS);
    const [hits, similar] = await Promise.all([
      this.searchArticles(text, indexFilter({}, 'customer'), pageSize * 2),
      this.similarTickets(ticket, 10),
    ]);
    const scores = new Map<string, number>();
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) scores.set(hit.articleId, hit.score / top);
    const topSimilarity = similar[0]?.score ?? 1;
    for (const other of similar) {
      for (const articleId of other.resolvedWithArticleIds) {
        scores.set(articleId, (scores.get(articleId) ?? 0) + (RESOLUTION_WEIGHT * other.score) / topSimilarity);
      }
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, pageSize);
    const fromSearch = new Map(hits.map((hit) => [hit.articleId, hit]));
    const missing = await this.articlesByIds(ranked.filter(([id]) => !fromSearch.has(id)).map(([id]) => id), 'customer');
    const loaded = new Map(missing.map((article) => [article.id, article]));
    return ranked.flatMap(([articleId, score]) => {
      const hit = fromSearch.get(articleId);
      if (hit) return [{ ...hit, score }];
      const article = loaded.get(articleId);
      if (!article) return [];
      const lead = article.summary || article.body.slice(0, 400);
      return [{ articleId, title: article.title, score, snippet: highlightSnippet(lead, text), chunk: { id: `${articleId}#0`, position: 0, heading: '', text: lead } }];
    });
  }

  async similarTickets(ticket: TicketInput, first = 5): Promise<SimilarTicket[]> {
    const ranked = await this.rankSimilarTickets(ticket, first);
    const ids = ranked.map((hit) => hit.docId);
    const resolutions = await this.tickets.resolutions(ids);
    return ranked.map((hit) => ({
      ticketId: hit.docId,
      // The index holds ticket text (the graph keeps ids, status and edges only): a chunk's title is its ticket's subject.
      subject: hit.best.title,
      score: hit.score,
      resolvedWithArticleIds: resolutions.get(hit.docId) ?? [],
    }));
  }

  /** The nearest tickets by the index alone (no graph read): what similarTickets ranks, and what indexing links. */
  private async rankSimilarTickets(ticket: TicketInput, first: number): Promise<ReturnType<typeof aggregateChunkHits>> {
    const text = checkedQuery(`${ticket.subject}\n${ticket.description}`, 'ticket', MAX_SUGGESTION_TEXT_CHARS);
    const [vector] = await this.deps.embedder.embed([text]);
    const hits = await this.deps.ticketIndex.search({ text, vector: vector!, filter: { excludeDocIds: [ticket.id] }, limit: checkedPageSize(first, 50) * 3 });
    return aggregateChunkHits(hits, first);
  }

  /** Topics, products and articles reachable from a topic in `depth` hops over ABOUT and RELATED. */
  async topicGraph(topicId: string, depth = 2, audience: Audience = 'agent'): Promise<TopicGraph> {
    if (!Number.isInteger(depth) || depth < 1 || depth > 4) throw KnowledgeError.badInput('depth', 'must be a whole number from 1 to 4');
    const [topic] = await this.articles.topics([topicId]);
    if (!topic) throw KnowledgeError.notFound('Topic', topicId);
    const kinds = new Map<string, TopicGraphNode['kind']>([[topicId, 'TOPIC']]);
    const edges = new Map<string, TopicGraph['edges'][number]>();
    let frontier = [topicId];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const articleFrontier = frontier.filter((id) => kinds.get(id) === 'ARTICLE');
      const [about, related] = await Promise.all([this.articles.aboutEdges(frontier), this.articles.relatedEdges(articleFrontier)]);
      const visible = new Set((await this.articlesByIds([...new Set([...about.map((e) => e.articleId), ...related.flatMap((e) => [e.from, e.to])])], audience)).map((a) => a.id));
      const next: string[] = [];
      const reach = (id: string, kind: TopicGraphNode['kind']) => {
        if (!kinds.has(id)) (kinds.set(id, kind), next.push(id));
      };
      for (const edge of about) {
        if (!visible.has(edge.articleId)) continue;
        reach(edge.articleId, 'ARTICLE');
        reach(edge.targetId, edge.targetKind);
        edges.set(`${edge.articleId}>${edge.targetId}`, { from: edge.articleId, to: edge.targetId, kind: 'ABOUT' });
      }
      for (const edge of related) {
        if (!visible.has(edge.from) || !visible.has(edge.to)) continue;
        reach(edge.from, 'ARTICLE');
        reach(edge.to, 'ARTICLE');
        edges.set(`${edge.from}~${edge.to}`, { from: edge.from, to: edge.to, kind: 'RELATED' });
      }
      frontier = next;
    }
    return { nodes: await this.labelled(kinds), edges: [...edges.values()] };
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────

  async createTopic(topic: Topic): Promise<Topic> {
    await this.articles.saveTopic(checkedNamed(topic));
    return topic;
  }

  async createProduct(product: Product): Promise<Product> {
    await this.articles.saveProduct(checkedNamed(product));
    return product;
  }

  async createArticle(input: CreateArticleInput, author: string): Promise<Article> {
    const content = checkedContent({ title: input.title, body: input.body, summary: input.summary ?? '', tags: input.tags ?? [], locale: input.locale ?? 'en' });
    await this.checkLinks(input.topicIds ?? [], input.productIds ?? []);
    const at = this.now().toISOString();
    const article: Article = {
      ...content,
      id: input.externalId ? articleIdFor(input.externalId) : `art-${randomUUID()}`,
      externalId: input.externalId ?? null,
      status: ArticleStatus.Draft,
      version: 0,
      topicIds: input.topicIds ?? [],
      productIds: input.productIds ?? [],
      relatedIds: [],
      helpfulCount: 0,
      unhelpfulCount: 0,
      contentHash: '',
      createdAt: at,
      updatedAt: at,
    };
    if (input.externalId && (await this.articles.findByIds([article.id])).length > 0) {
      throw KnowledgeError.badInput('externalId', `an article with external id ${input.externalId} already exists`);
    }
    return this.commit(article, null, ['created'], author);
  }

  async updateArticle(id: string, input: UpdateArticleInput, author: string): Promise<Article> {
    const current = await this.existing(id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw KnowledgeError.versionConflict(input.expectedVersion, current.version);
    }
    const content = checkedContent({
      title: input.title ?? current.title,
      body: input.body ?? current.body,
      summary: input.summary ?? current.summary,
      tags: input.tags ?? current.tags,
      locale: input.locale ?? current.locale,
    });
    await this.checkLinks(input.topicIds ?? [], input.productIds ?? []);
    const next: Article = { ...current, ...content, topicIds: input.topicIds ?? current.topicIds, productIds: input.productIds ?? current.productIds };
    const changes = (['title', 'body', 'summary', 'tags', 'locale', 'topicIds', 'productIds'] as const).filter(
      (field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]),
    );
    if (changes.length === 0) return current;
    return this.commit(next, current, changes, author);
  }

  async publishArticle(id: string, author: string): Promise<Article> {
    return this.changeStatus(id, ArticleStatus.Published, author);
  }

  async archiveArticle(id: string, author: string): Promise<Article> {
    return this.changeStatus(id, ArticleStatus.Archived, author);
  }

  /** Restores the content of an earlier version as a new version; history is never rewritten. */
  async rollbackArticle(id: string, version: number, author: string): Promise<Article> {
    const current = await this.existing(id);
    const target = await this.articles.version(id, version);
    if (!target) throw KnowledgeError.notFound('ArticleVersion', `${id}@${version}`);
    return this.commit({ ...current, ...target.content }, current, [`rollback:${version}`], author);
  }

  async relateArticles(articleId: string, relatedId: string): Promise<void> {
    if (articleId === relatedId) throw KnowledgeError.selfRelation();
    await Promise.all([this.existing(articleId), this.existing(relatedId)]);
    await this.articles.relate(articleId, relatedId);
  }

  async unrelateArticles(articleId: string, relatedId: string): Promise<void> {
    await this.articles.unrelate(articleId, relatedId);
  }

  async recordFeedback(articleId: string, helpful: boolean): Promise<Article> {
    await this.existing(articleId);
    await this.articles.recordFeedback(articleId, helpful);
    return this.existing(articleId);
  }

  // ── Import ─────────────────────────────────────────────────────────────────────────────

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
    const duplicates = await this.duplicateDetector();
    for (let start = 0; start < documents.length; start += IMPORT_BATCH) {
      const batch = latestPerExternalId(documents.slice(start, start + IMPORT_BATCH));
      const existing = await this.articles.findByExternalIds(batch.map((d) => d.externalId));
      const currentById = new Map((await this.articles.findByIds([...existing.values()].map((r) => r.id))).map((a) => [a.id, a]));
      const writes: Array<{ article: Article; version: ArticleVersion }> = [];
      const at = this.now().toISOString();
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
      await this.deps.graph.runInTransaction(writes.flatMap(({ article, version }) => this.articles.saveStatements(article, version)));
      report.embeddedChunks += await this.articleIndexer.index(writes.map(({ article }) => indexable(article)));
    }
    return report;
  }

  // ── Tickets ────────────────────────────────────────────────────────────────────────────

  /** Keeps the similar-ticket index current for one ticket (created or its text changed); throws when it could not. */
  async indexTicket(ticket: TicketInput): Promise<void> {
    const [failure] = await this.indexTickets([ticket]);
    if (failure) throw failure.error;
  }

  /**
   * indexTicket for a batch (the ticket event consumer collects them): one index write for all, then
   * each ticket's similar tickets, yielding to the event loop between tickets so that a burst of new
   * tickets never holds up requests for long. Returns the tickets that could not be indexed.
   */
  async indexTickets(tickets: readonly TicketInput[]): Promise<{ ticket: TicketInput; error: unknown }[]> {
    const failures: { ticket: TicketInput; error: unknown }[] = [];
    const valid = tickets.filter((ticket) => {
      try {
        checkedQuery(`${ticket.subject}\n${ticket.description}`, 'ticket', MAX_SUGGESTION_TEXT_CHARS);
        return true;
      } catch (error) {
        failures.push({ ticket, error });
        return false;
      }
    });
    if (valid.length === 0) return failures;
    await this.ticketIndexer.index(
      valid.map((ticket) => ({ docId: ticket.id, title: ticket.subject, body: ticket.description, fields: { status: ticket.status ?? 'OPEN', locale: 'und', tags: [], topicIds: [], productIds: [] } })),
    );
    // The search is CPU: one ticket per turn of the event loop, so requests are never starved.
    const linked: { ticket: TicketInput; similar: { ticketId: string; score: number }[] }[] = [];
    for (const ticket of valid) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        const similar = await this.rankSimilarTickets(ticket, 5);
        linked.push({ ticket, similar: similar.map((s) => ({ ticketId: s.docId, score: s.score })) });
      } catch (error) {
        failures.push({ ticket, error });
      }
    }
    // One graph transaction for the whole batch (one commit per ticket was what limited indexing);
    // if the batch fails, each ticket is saved alone so one bad ticket cannot hold back the rest.
    const at = this.now().toISOString();
    try {
      await this.tickets.saveMany(linked, at);
    } catch {
      for (const { ticket, similar } of linked) {
        await this.tickets.save(ticket, similar, at).catch((error: unknown) => failures.push({ ticket, error }));
      }
    }
    return failures;
  }

  /** Called when a ticket is resolved with an article; future suggestions for similar tickets lean on it. */
  async recordResolution(ticketId: string, articleId: string): Promise<void> {
    if (!(await this.tickets.exists(ticketId))) throw KnowledgeError.notFound('Ticket', ticketId);
    await this.existing(articleId);
    await this.tickets.recordResolution(ticketId, articleId, this.now().toISOString());
  }

  /** Everything the engine holds about these tickets (index chunks with their text; graph node, edges, resolutions), for a privacy export. */
  async ticketKnowledge(ticketIds: readonly string[]): Promise<TicketKnowledge[]> {
    const [nodes, chunks] = await Promise.all([this.tickets.entries(ticketIds), this.deps.ticketIndex.storedChunks(ticketIds)]);
    const nodeOf = new Map(nodes.map((node) => [node.id, node]));
    return ticketIds.flatMap((id) => {
      const node = nodeOf.get(id);
      const indexChunks = chunks.filter((chunk) => chunk.docId === id).map(({ docId: _docId, ...chunk }) => chunk);
      if (!node && indexChunks.length === 0) return [];
      return [{ id, graph: node ? { status: node.status, updatedAt: node.updatedAt } : null, similarTickets: node?.similarTickets ?? [], resolvedWithArticleIds: node?.resolvedWithArticleIds ?? [], indexChunks }];
    });
  }

  /** Erasure: removes the tickets from the similar-ticket index and the graph, leaving no text behind; returns how many were held. */
  async forgetTickets(ticketIds: readonly string[]): Promise<number> {
    await this.deps.ticketIndex.forget(ticketIds);
    return this.tickets.remove(ticketIds);
  }

  async close(): Promise<void> {
    await Promise.all([this.deps.articleIndex.close(), this.deps.ticketIndex.close()]);
    await this.deps.graph.close();
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────

  private async searchArticles(query: string, filter: IndexFilter, first: number): Promise<KnowledgeHit[]> {
    const [vector] = await this.deps.embedder.embed([query]);
    const chunkHits = await this.deps.articleIndex.search({ text: query, vector: vector!, filter, limit: first * 4 + 20 });
    return aggregateChunkHits(chunkHits, first).map(({ docId, score, best }) => ({
      articleId: docId,
      title: best.title,
      score,
      snippet: highlightSnippet(best.text, query),
      chunk: { id: best.chunkId, position: best.position, heading: best.heading, text: best.text },
    }));
  }

  private async existing(id: string): Promise<Article> {
    const [article] = await this.articles.findByIds([id]);
    if (!article) throw KnowledgeError.notFound('Article', id);
    return article;
  }

  private async changeStatus(id: string, status: ArticleStatus, author: string): Promise<Article> {
    const current = await this.existing(id);
    checkTransition(current.status, status);
    return this.commit({ ...current, status }, current, [`status:${status}`], author);
  }

  private async commit(next: Article, current: Article | null, changes: string[], author: string): Promise<Article> {
    const at = this.now().toISOString();
    const article: Article = { ...next, version: (current?.version ?? 0) + 1, contentHash: articleContentHash(next), updatedAt: at };
    await this.deps.graph.runInTransaction(this.articles.saveStatements(article, versionEntry(article, changes, author, at)));
    if (!current || current.contentHash !== article.contentHash) await this.articleIndexer.index([indexable(article)]);
    else await this.deps.articleIndex.updateFields(article.id, indexFields(article));
    (await this.duplicateDetector()).remember(article.id, `${article.title}\n${article.body}`);
    return article;
  }

  private async checkLinks(topicIds: readonly string[], productIds: readonly string[]): Promise<void> {
    const [topics, products] = await Promise.all([this.articles.topics(topicIds), this.articles.products(productIds)]);
    const missingTopic = topicIds.find((id) => !topics.some((t) => t.id === id));
    if (missingTopic) throw KnowledgeError.notFound('Topic', missingTopic);
    const missingProduct = productIds.find((id) => !products.some((p) => p.id === id));
    if (missingProduct) throw KnowledgeError.notFound('Product', missingProduct);
  }

  /** Imports name topics and products by id; ones not seen before are created with the id as name. */
  private async ensureTopicsAndProducts(articles: readonly Article[]): Promise<void> {
    const topicIds = [...new Set(articles.flatMap((a) => a.topicIds))];
    const productIds = [...new Set(articles.flatMap((a) => a.productIds))];
    const [topics, products] = await Promise.all([this.articles.topics(topicIds), this.articles.products(productIds)]);
    for (const id of topicIds) if (!topics.some((t) => t.id === id)) await this.articles.saveTopic({ id, name: id });
    for (const id of productIds) if (!products.some((p) => p.id === id)) await this.articles.saveProduct({ id, name: id });
  }

  private duplicateDetector(): Promise<NearDuplicateDetector> {
    this.duplicates ??= (async () => {
      const detector = new NearDuplicateDetector();
      let after = '';
      for (;;) {
        const page = await this.articles.listIds({}, 500, after);
        for (const article of await this.articles.findByIds(page.ids)) detector.remember(article.id, `${article.title}\n${article.body}`);
        if (!page.hasMore) return detector;
        after = page.ids.at(-1)!;
      }
    })();
    return this.duplicates;
  }

  private async labelled(kinds: Map<string, TopicGraphNode['kind']>): Promise<TopicGraphNode[]> {
    const ofKind = (kind: TopicGraphNode['kind']) => [...kinds].filter(([, k]) => k === kind).map(([id]) => id);
    const [topics, products, articles] = await Promise.all([
      this.articles.topics(ofKind('TOPIC')),
      this.articles.products(ofKind('PRODUCT')),
      this.articles.findByIds(ofKind('ARTICLE')),
    ]);
    return [
      ...topics.map((t) => ({ id: t.id, kind: 'TOPIC' as const, label: t.name })),
      ...products.map((p) => ({ id: p.id, kind: 'PRODUCT' as const, label: p.name })),
      ...articles.map((a) => ({ id: a.id, kind: 'ARTICLE' as const, label: a.title })),
    ];
  }
}

function visibleTo(article: Article, audience: Audience): boolean {
  return audience === 'agent' || article.status === ArticleStatus.Published;
}

function indexFilter(filter: ArticleFilter = {}, audience: Audience): IndexFilter {
  return {
    statuses: audience === 'customer' ? [ArticleStatus.Published] : filter.statuses,
    locales: filter.locale ? [filter.locale] : undefined,
    tags: filter.tags,
    topicIds: filter.topicIds,
    productIds: filter.productIds,
  };
}

function indexFields(article: Article): IndexFields {
  return { status: article.status, locale: article.locale, tags: article.tags, topicIds: article.topicIds, productIds: article.productIds };
}

function indexable(article: Article) {
  return { docId: article.id, title: article.title, body: article.summary ? `${article.summary}\n\n${article.body}` : article.body, fields: indexFields(article) };
}

function versionEntry(article: Article, changes: string[], author: string, at: string): ArticleVersion {
  const { title, body, summary, tags, locale } = article;
  return { articleId: article.id, version: article.version, author, at, changes, status: article.status, content: { title, body, summary, tags, locale } };
}

/** Stable across stores and re-imports: the same external id always names the same article. */
function articleIdFor(externalId: string): string {
  return `art-${createHash('sha256').update(externalId).digest('hex').slice(0, 24)}`;
}

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

function checkedContent(content: ArticleContent): ArticleContent {
  const title = content.title.trim();
  if (title === '') throw KnowledgeError.badInput('title', 'must not be empty');
  if (title.length > 300) throw KnowledgeError.badInput('title', 'must be at most 300 characters');
  if (content.body.length > 1_000_000) throw KnowledgeError.badInput('body', 'must be at most 1,000,000 characters');
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(content.locale)) throw KnowledgeError.badInput('locale', 'must be a language tag such as en or pt-BR');
  const tags = [...new Set(content.tags.map((tag) => tag.trim()).filter(Boolean))];
  return { ...content, title, tags };
}

function checkedNamed<T extends { id: string; name: string }>(node: T): T {
  if (!/^[\w.-]{1,100}$/.test(node.id)) throw KnowledgeError.badInput('id', 'must be 1–100 letters, digits, ".", "_" or "-"');
  if (node.name.trim() === '') throw KnowledgeError.badInput('name', 'must not be empty');
  return node;
}
