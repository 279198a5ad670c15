import type { Product, Topic } from '../articles/article.js';
import type { Audience } from '../articles/article-queries.js';
import type { ArticleRepository } from '../articles/article-repository.js';
import { KnowledgeError } from '../knowledge-error.js';
import type { TopicGraph, TopicGraphNode } from '../topics/topic-graph.js';
import type { ArticleService } from './article-service.js';

function checkedNamed<T extends { id: string; name: string }>(node: T): T {
  if (!/^[\w.-]{1,100}$/.test(node.id)) throw KnowledgeError.badInput('id', 'must be 1–100 letters, digits, ".", "_" or "-"');
  if (node.name.trim() === '') throw KnowledgeError.badInput('name', 'must not be empty');
  return node;
}

/** Topics and products, and the graph that articles span between them. */
export class TopicService {
  constructor(
    private readonly repository: ArticleRepository,
    /** For which articles an audience may see in a topic graph. */
    private readonly articles: ArticleService,
  ) {}

  async topics(ids: readonly string[]): Promise<Topic[]> {
    return this.repository.topics(ids);
  }

  async products(ids: readonly string[]): Promise<Product[]> {
    return this.repository.products(ids);
  }

  async createTopic(topic: Topic): Promise<Topic> {
    await this.repository.saveTopic(checkedNamed(topic));
    return topic;
  }

  async createProduct(product: Product): Promise<Product> {
    await this.repository.saveProduct(checkedNamed(product));
    return product;
  }

  /** Topics, products and articles reachable from a topic in `depth` hops over ABOUT and RELATED. */
  async topicGraph(topicId: string, depth = 2, audience: Audience = 'agent'): Promise<TopicGraph> {
    if (!Number.isInteger(depth) || depth < 1 || depth > 4) throw KnowledgeError.badInput('depth', 'must be a whole number from 1 to 4');
    const [topic] = await this.repository.topics([topicId]);
    if (!topic) throw KnowledgeError.notFound('Topic', topicId);
    const kinds = new Map<string, TopicGraphNode['kind']>([[topicId, 'TOPIC']]);
    const edges = new Map<string, TopicGraph['edges'][number]>();
    let frontier = [topicId];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const articleFrontier = frontier.filter((id) => kinds.get(id) === 'ARTICLE');
      const [about, related] = await Promise.all([this.repository.aboutEdges(frontier), this.repository.relatedEdges(articleFrontier)]);
      const visible = new Set(
        (await this.articles.articlesByIds([...new Set([...about.map((e) => e.articleId), ...related.flatMap((e) => [e.from, e.to])])], audience)).map((a) => a.id),
      );
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

  private async labelled(kinds: Map<string, TopicGraphNode['kind']>): Promise<TopicGraphNode[]> {
    const ofKind = (kind: TopicGraphNode['kind']) => [...kinds].filter(([, k]) => k === kind).map(([id]) => id);
    const [topics, products, articles] = await Promise.all([
      this.repository.topics(ofKind('TOPIC')),
      this.repository.products(ofKind('PRODUCT')),
      this.repository.findByIds(ofKind('ARTICLE')),
    ]);
    return [
      ...topics.map((t) => ({ id: t.id, kind: 'TOPIC' as const, label: t.name })),
      ...products.map((p) => ({ id: p.id, kind: 'PRODUCT' as const, label: p.name })),
      ...articles.map((a) => ({ id: a.id, kind: 'ARTICLE' as const, label: a.title })),
    ];
  }
}
