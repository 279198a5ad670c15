import { createHash } from 'node:crypto';
import { createDomainEvent, type DurableEventStream, type Logger } from '@support-graph/runtime';
import { contentGapEventId, KnowledgeEventType, type ContentGapDetectedPayload } from '../events/knowledge-events.js';
import type { KnowledgeGraph } from '../knowledge-graph.js';
import type { Embedder } from '../search/embedder.js';
import type { SearchIndex } from '../search/search-index.js';
import type { ArticleService } from '../services/article-service.js';
import type { SearchService } from '../services/search-service.js';
import { draftOutline, sharedKeywords, type ArticleOutline } from './article-outline.js';
import { clusterTickets, cosineOfUnitVectors } from './ticket-clusters.js';

/**
 * Below this cosine between a ticket and the best help-centre passage, no article answers it. With
 * the local embedder a ticket its article answers scores about 0.4, an unrelated one under 0.1.
 */
export const COVERAGE_THRESHOLD = 0.3;
/** Tickets at least this close to a cluster's first ticket belong to it. */
export const CLUSTER_SIMILARITY = 0.4;
/** A gap is a question asked more than once. */
export const MIN_GAP_TICKETS = 2;
/** The most recent tickets a report looks at. */
const MAX_TICKETS = 500;

export interface ContentGap {
  readonly id: string;
  /** Ticket ids, newest first. */
  readonly ticketIds: readonly string[];
  /** Mean coverage of its tickets by their best article, 0–1 (articles customers voted unhelpful count half). */
  readonly coverage: number;
  readonly keywords: readonly string[];
  /** The nearest article there is, when there is one: a lead may extend it rather than write a new one. */
  readonly nearestArticleId: string | null;
  readonly outline: ArticleOutline;
}

export interface ContentGapServiceDependencies {
  readonly graph: KnowledgeGraph;
  readonly ticketIndex: SearchIndex;
  readonly embedder: Embedder;
  readonly search: SearchService;
  readonly articles: ArticleService;
  readonly now: () => Date;
}

interface ScoredTicket {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
  readonly vector: Float32Array;
  readonly coverage: number;
  readonly nearestArticleId: string | null;
}

/**
 * Content gaps: clusters of recent tickets that no help-centre article answers well (low similarity
 * to the best passage search finds, or a best article customers voted unhelpful), each with example
 * tickets and a drafted outline for a lead. Every gap found is appended to the durable stream once
 * (the event id is the gap's), so consumers hear of new gaps only (docs/ai-loop.md).
 */
export class ContentGapService {
  constructor(
    private readonly deps: ContentGapServiceDependencies,
    private readonly stream: DurableEventStream | undefined,
    private readonly logger: Logger | undefined,
  ) {}

  async contentGaps(days: number, first: number): Promise<ContentGap[]> {
    const tickets = await this.scoredRecentTickets(days);
    const uncovered = tickets.filter((ticket) => ticket.coverage < COVERAGE_THRESHOLD);
    const byId = new Map(uncovered.map((ticket) => [ticket.id, ticket]));
    const gaps = clusterTickets(uncovered, CLUSTER_SIMILARITY)
      .filter((cluster) => cluster.length >= MIN_GAP_TICKETS)
      .map((cluster) => this.gap(cluster.map((member) => byId.get(member.id)!)))
      .sort((a, b) => b.ticketIds.length - a.ticketIds.length || a.coverage - b.coverage);
    await this.announce(gaps);
    return gaps.slice(0, first);
  }

  private gap(members: ScoredTicket[]): ContentGap {
    const nearest = members.find((member) => member.nearestArticleId !== null)?.nearestArticleId ?? null;
    const keywords = sharedKeywords(members.map((member) => member.text));
    return {
      // The cluster's first (oldest) ticket stays its first as newer ones join: a stable id.
      id: createHash('sha256').update(`content-gap:${members[0]!.id}`).digest('hex').slice(0, 16),
      ticketIds: members.map((member) => member.id).reverse(),
      coverage: Math.round((members.reduce((sum, member) => sum + member.coverage, 0) / members.length) * 1000) / 1000,
      keywords,
      nearestArticleId: nearest,
      outline: draftOutline(keywords, [...members].reverse().map((member) => member.subject)),
    };
  }

  /** Recent tickets, oldest first, with their text from the similar-ticket index and their coverage. */
  private async scoredRecentTickets(days: number): Promise<ScoredTicket[]> {
    const since = new Date(this.deps.now().getTime() - days * 86_400_000).toISOString();
    const rows = await this.deps.graph.run('MATCH (t:Ticket) WHERE t.updatedAt >= $since RETURN t.id AS id, t.updatedAt AS updatedAt', { since });
    const recent = rows
      .map((row) => ({ id: String(row.id), updatedAt: String(row.updatedAt) }))
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
      .slice(-MAX_TICKETS);
    const chunks = await this.deps.ticketIndex.storedChunks(recent.map((ticket) => ticket.id));
    const texts = recent.flatMap((ticket) => {
      const own = chunks.filter((chunk) => chunk.docId === ticket.id);
      if (own.length === 0) return [];
      return [{ id: ticket.id, subject: own[0]!.title, text: `${own[0]!.title}\n${own.map((chunk) => chunk.text).join('\n')}` }];
    });
    if (texts.length === 0) return [];
    const vectors = await this.deps.embedder.embed(texts.map((ticket) => ticket.text));
    const best = await Promise.all(texts.map((ticket) => this.deps.search.searchArticles(ticket.text, {}, 'customer', 1).then((hits) => hits[0] ?? null)));
    const passages = await this.deps.embedder.embed(best.map((hit) => hit?.chunk.text ?? ''));
    const articles = await this.deps.articles.articlesByIds([...new Set(best.flatMap((hit) => (hit ? [hit.articleId] : [])))], 'customer');
    const votedDown = new Set(articles.filter((article) => article.unhelpfulCount > article.helpfulCount).map((article) => article.id));
    return texts.map((ticket, i) => {
      const hit = best[i];
      const similarity = hit ? Math.max(0, cosineOfUnitVectors(vectors[i]!, passages[i]!)) : 0;
      return {
        ...ticket,
        vector: vectors[i]!,
        coverage: hit && votedDown.has(hit.articleId) ? similarity / 2 : similarity,
        nearestArticleId: hit?.articleId ?? null,
      };
    });
  }

  /** Appends each gap's detection; the stream stores an event id once, so only new gaps reach consumers. */
  private async announce(gaps: readonly ContentGap[]): Promise<void> {
    if (!this.stream || gaps.length === 0) return;
    const events = gaps.map((gap) => ({
      ...createDomainEvent<ContentGapDetectedPayload>(KnowledgeEventType.ContentGapDetected, gap.id, {
        gapId: gap.id,
        tickets: gap.ticketIds.length,
        coverage: gap.coverage,
        exampleTicketIds: gap.ticketIds.slice(0, 3),
      }),
      id: contentGapEventId(gap.id),
    }));
    try {
      await this.stream.append(events);
    } catch (error) {
      // The report still answers; the next one appends again (same ids, so nothing is doubled).
      this.logger?.warn({ err: error, gaps: gaps.length }, 'content gap events not appended');
    }
  }
}
