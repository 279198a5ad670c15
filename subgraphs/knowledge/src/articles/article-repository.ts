import type { CypherParams, CypherRow, CypherStatement, KnowledgeGraph } from '../knowledge-graph.js';
import type { Article, ArticleStatus, ArticleVersion, Product, Topic } from './article.js';

/**
 * Every article query, in the Cypher subset both Kùzu and Neo4j accept. Rules learned the hard
 * way on Kùzu 0.11: no empty-list or null-list parameters (pass a fragment only when the list has
 * items), no `any(x IN $list …)`, no undirected DELETE, and empty list properties read back as null.
 */
const ARTICLE_COLUMNS =
  'a.id AS id, a.externalId AS externalId, a.title AS title, a.body AS body, a.summary AS summary, a.tags AS tags, ' +
  'a.locale AS locale, a.status AS status, a.version AS version, a.helpfulCount AS helpfulCount, ' +
  'a.unhelpfulCount AS unhelpfulCount, a.contentHash AS contentHash, a.createdAt AS createdAt, a.updatedAt AS updatedAt';

const VERSION_COLUMNS =
  'v.articleId AS articleId, v.version AS version, v.author AS author, v.at AS at, v.changes AS changes, v.title AS title, ' +
  'v.body AS body, v.summary AS summary, v.tags AS tags, v.locale AS locale, v.status AS status';

export interface ArticleListFilter {
  statuses?: readonly ArticleStatus[];
  locale?: string;
  tags?: readonly string[];
  topicId?: string;
  productId?: string;
}

export type ArticleRecord = Omit<Article, 'topicIds' | 'productIds' | 'relatedIds'>;

export class ArticleRepository {
  constructor(private readonly graph: KnowledgeGraph) {}

  async findByIds(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const list = [...ids];
    const [rows, topics, products, related] = await Promise.all([
      this.graph.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN ${ARTICLE_COLUMNS}`, { ids: list }),
      this.graph.run('MATCH (a:Article)-[:ABOUT]->(t:Topic) WHERE a.id IN $ids RETURN a.id AS owner, t.id AS id', { ids: list }),
      this.graph.run('MATCH (a:Article)-[:ABOUT]->(p:Product) WHERE a.id IN $ids RETURN a.id AS owner, p.id AS id', { ids: list }),
      this.graph.run('MATCH (a:Article)-[:RELATED]-(b:Article) WHERE a.id IN $ids RETURN a.id AS owner, b.id AS id', { ids: list }),
    ]);
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [{ ...toRecord(row), topicIds: idsOf(topics, id), productIds: idsOf(products, id), relatedIds: idsOf(related, id) }];
    });
  }

  async findByExternalIds(externalIds: readonly string[]): Promise<Map<string, ArticleRecord>> {
    if (externalIds.length === 0) return new Map();
    const rows = await this.graph.run(`MATCH (a:Article) WHERE a.externalId IN $ids RETURN ${ARTICLE_COLUMNS}`, { ids: [...externalIds] });
    return new Map(rows.map((row) => [String(row.externalId), toRecord(row)]));
  }

  /** One page of ids in id order, plus whether more follow. Filters become fixed fragments with parameters. */
  async listIds(filter: ArticleListFilter, first: number, after: string): Promise<{ ids: string[]; hasMore: boolean }> {
    const patterns = ['(a:Article)'];
    const where = ['a.id > $after'];
    const params: CypherParams = { after, limit: first + 1 };
    if (filter.statuses?.length) (where.push('a.status IN $statuses'), (params.statuses = [...filter.statuses]));
    if (filter.locale) (where.push('a.locale = $locale'), (params.locale = filter.locale));
    if (filter.tags?.length) {
      where.push(`(${filter.tags.map((_, i) => `$tag${i} IN a.tags`).join(' OR ')})`);
      filter.tags.forEach((tag, i) => (params[`tag${i}`] = tag));
    }
    // A join, not EXISTS { … }: Kùzu 0.11 does not see parameters inside subqueries.
    if (filter.topicId) (patterns.push('(a)-[:ABOUT]->(:Topic {id: $topicId})'), (params.topicId = filter.topicId));
    if (filter.productId) (patterns.push('(a)-[:ABOUT]->(:Product {id: $productId})'), (params.productId = filter.productId));
    const rows = await this.graph.run(`MATCH ${patterns.join(', ')} WHERE ${where.join(' AND ')} RETURN DISTINCT a.id AS id ORDER BY id LIMIT $limit`, params);
    const ids = rows.map((row) => String(row.id));
    return { ids: ids.slice(0, first), hasMore: ids.length > first };
  }

  /** Statements that write an article's current state and append one history entry. */
  saveStatements(article: Article, version: ArticleVersion): CypherStatement[] {
    const statements: CypherStatement[] = [
      {
        cypher:
          'MERGE (a:Article {id: $id}) SET a.externalId = $externalId, a.title = $title, a.body = $body, a.summary = $summary, ' +
          'a.tags = $tags, a.locale = $locale, a.status = $status, a.version = $version, a.helpfulCount = $helpfulCount, ' +
          'a.unhelpfulCount = $unhelpfulCount, a.contentHash = $contentHash, a.createdAt = $createdAt, a.updatedAt = $updatedAt',
        params: {
          id: article.id, externalId: article.externalId ?? '', title: article.title, body: article.body, summary: article.summary,
          tags: article.tags, locale: article.locale, status: article.status, version: article.version,
          helpfulCount: article.helpfulCount, unhelpfulCount: article.unhelpfulCount, contentHash: article.contentHash,
          createdAt: article.createdAt, updatedAt: article.updatedAt,
        },
      },
      {
        cypher:
          'MERGE (v:ArticleVersion {id: $versionId}) SET v.articleId = $articleId, v.version = $version, v.author = $author, ' +
          'v.at = $at, v.changes = $changes, v.title = $title, v.body = $body, v.summary = $summary, v.tags = $tags, ' +
          'v.locale = $locale, v.status = $status',
        params: {
          versionId: `${version.articleId}@${version.version}`, articleId: version.articleId, version: version.version,
          author: version.author, at: version.at, changes: version.changes, title: version.content.title, body: version.content.body,
          summary: version.content.summary, tags: version.content.tags, locale: version.content.locale, status: version.status,
        },
      },
      { cypher: 'MATCH (a:Article {id: $id})-[r:ABOUT]->(:Topic) DELETE r', params: { id: article.id } },
      { cypher: 'MATCH (a:Article {id: $id})-[r:ABOUT]->(:Product) DELETE r', params: { id: article.id } },
    ];
    for (const topicId of article.topicIds) {
      statements.push({ cypher: 'MATCH (a:Article {id: $id}), (t:Topic {id: $topicId}) MERGE (a)-[:ABOUT]->(t)', params: { id: article.id, topicId } });
    }
    for (const productId of article.productIds) {
      statements.push({ cypher: 'MATCH (a:Article {id: $id}), (p:Product {id: $productId}) MERGE (a)-[:ABOUT]->(p)', params: { id: article.id, productId } });
    }
    return statements;
  }

  async versions(articleId: string): Promise<ArticleVersion[]> {
    const rows = await this.graph.run(`MATCH (v:ArticleVersion) WHERE v.articleId = $articleId RETURN ${VERSION_COLUMNS} ORDER BY v.version`, { articleId });
    return rows.map(toVersion);
  }

  async version(articleId: string, version: number): Promise<ArticleVersion | undefined> {
    const rows = await this.graph.run(`MATCH (v:ArticleVersion {id: $versionId}) RETURN ${VERSION_COLUMNS}`, { versionId: `${articleId}@${version}` });
    return rows[0] ? toVersion(rows[0]) : undefined;
  }

  async relate(articleId: string, relatedId: string): Promise<void> {
    await this.unrelate(articleId, relatedId);
    await this.graph.run('MATCH (a:Article {id: $a}), (b:Article {id: $b}) MERGE (a)-[:RELATED]->(b)', { a: articleId, b: relatedId });
  }

  /** RELATED is symmetric in meaning but stored once; both directions are removed because Kùzu cannot delete undirected. */
  async unrelate(articleId: string, relatedId: string): Promise<void> {
    await this.graph.runInTransaction([
      { cypher: 'MATCH (a:Article {id: $a})-[r:RELATED]->(b:Article {id: $b}) DELETE r', params: { a: articleId, b: relatedId } },
      { cypher: 'MATCH (a:Article {id: $a})-[r:RELATED]->(b:Article {id: $b}) DELETE r', params: { a: relatedId, b: articleId } },
    ]);
  }

  async recordFeedback(articleId: string, helpful: boolean): Promise<void> {
    const counter = helpful ? 'helpfulCount' : 'unhelpfulCount';
    await this.graph.run(`MATCH (a:Article {id: $id}) SET a.${counter} = a.${counter} + 1`, { id: articleId });
  }

  async saveTopic(topic: Topic): Promise<void> {
    await this.graph.run('MERGE (t:Topic {id: $id}) SET t.name = $name', { ...topic });
  }

  async saveProduct(product: Product): Promise<void> {
    await this.graph.run('MERGE (p:Product {id: $id}) SET p.name = $name', { ...product });
  }

  async topics(ids: readonly string[]): Promise<Topic[]> {
    if (ids.length === 0) return [];
    const rows = await this.graph.run('MATCH (t:Topic) WHERE t.id IN $ids RETURN t.id AS id, t.name AS name', { ids: [...ids] });
    return rows.map((row) => ({ id: String(row.id), name: String(row.name ?? '') }));
  }

  async products(ids: readonly string[]): Promise<Product[]> {
    if (ids.length === 0) return [];
    const rows = await this.graph.run('MATCH (p:Product) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name', { ids: [...ids] });
    return rows.map((row) => ({ id: String(row.id), name: String(row.name ?? '') }));
  }

  /** ABOUT edges touching these topics, products or articles: one hop of a topic graph walk. */
  async aboutEdges(nodeIds: readonly string[]): Promise<Array<{ articleId: string; targetId: string; targetKind: 'TOPIC' | 'PRODUCT' }>> {
    if (nodeIds.length === 0) return [];
    const ids = [...nodeIds];
    const [topics, products] = await Promise.all([
      this.graph.run('MATCH (a:Article)-[:ABOUT]->(t:Topic) WHERE a.id IN $ids OR t.id IN $ids RETURN a.id AS articleId, t.id AS targetId', { ids }),
      this.graph.run('MATCH (a:Article)-[:ABOUT]->(p:Product) WHERE a.id IN $ids OR p.id IN $ids RETURN a.id AS articleId, p.id AS targetId', { ids }),
    ]);
    return [
      ...topics.map((row) => ({ articleId: String(row.articleId), targetId: String(row.targetId), targetKind: 'TOPIC' as const })),
      ...products.map((row) => ({ articleId: String(row.articleId), targetId: String(row.targetId), targetKind: 'PRODUCT' as const })),
    ];
  }

  async relatedEdges(articleIds: readonly string[]): Promise<Array<{ from: string; to: string }>> {
    if (articleIds.length === 0) return [];
    const rows = await this.graph.run('MATCH (a:Article)-[:RELATED]->(b:Article) WHERE a.id IN $ids OR b.id IN $ids RETURN a.id AS source, b.id AS target', { ids: [...articleIds] });
    return rows.map((row) => ({ from: String(row.source), to: String(row.target) }));
  }
}

function toRecord(row: CypherRow): ArticleRecord {
  return {
    id: String(row.id),
    externalId: row.externalId ? String(row.externalId) : null,
    title: String(row.title ?? ''),
    body: String(row.body ?? ''),
    summary: String(row.summary ?? ''),
    tags: stringList(row.tags),
    locale: String(row.locale ?? 'en'),
    status: String(row.status) as ArticleStatus,
    version: Number(row.version),
    helpfulCount: Number(row.helpfulCount ?? 0),
    unhelpfulCount: Number(row.unhelpfulCount ?? 0),
    contentHash: String(row.contentHash ?? ''),
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
  };
}

function toVersion(row: CypherRow): ArticleVersion {
  return {
    articleId: String(row.articleId),
    version: Number(row.version),
    author: String(row.author ?? ''),
    at: String(row.at),
    changes: stringList(row.changes),
    status: String(row.status) as ArticleStatus,
    content: { title: String(row.title ?? ''), body: String(row.body ?? ''), summary: String(row.summary ?? ''), tags: stringList(row.tags), locale: String(row.locale ?? 'en') },
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function idsOf(rows: readonly CypherRow[], owner: string): string[] {
  return rows.filter((row) => row.owner === owner).map((row) => String(row.id)).sort();
}
