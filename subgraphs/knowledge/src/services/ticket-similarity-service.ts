import type { Embedder } from '../search/embedder.js';
import { KnowledgeError } from '../knowledge-error.js';
import { aggregateChunkHits } from '../search/article-hit-aggregator.js';
import type { DocumentIndexer } from '../search/document-indexer.js';
import type { KnowledgeHit } from '../search/knowledge-hit.js';
import { checkedPageSize, checkedQuery, MAX_SUGGESTION_TEXT_CHARS } from '../search/query-guard.js';
import { highlightSnippet } from '../search/snippet-highlighter.js';
import type { SearchIndex } from '../search/search-index.js';
import type { SimilarTicket, TicketInput, TicketKnowledge } from '../tickets/ticket-knowledge.js';
import type { TicketRepository } from '../tickets/ticket-repository.js';
import type { ArticleService } from './article-service.js';
import type { SearchService } from './search-service.js';

export interface TicketSimilarityServiceDependencies {
  readonly tickets: TicketRepository;
  readonly ticketIndex: SearchIndex;
  readonly ticketIndexer: DocumentIndexer;
  readonly embedder: Embedder;
  readonly search: SearchService;
  readonly articles: ArticleService;
  readonly now: () => Date;
}

/** A ticket that could not be indexed, and why. */
export interface TicketIndexFailure {
  readonly ticket: TicketInput;
  readonly error: unknown;
}

/** How much the articles that resolved similar tickets add to a ticket's suggestions. */
const RESOLUTION_WEIGHT = 0.5;

const ticketText = (ticket: TicketInput) => checkedQuery(`${ticket.subject}\n${ticket.description}`, 'ticket', MAX_SUGGESTION_TEXT_CHARS);

/**
 * Tickets as knowledge: the similar-ticket index (its text) and graph (ids, similarity edges,
 * resolutions), the suggestions built on them, and their export and erasure. Ticket events feed
 * it through the indexing entry points `indexTickets` / `indexTicket`, and resolutions through
 * `recordResolution`.
 */
export class TicketSimilarityService {
  constructor(private readonly deps: TicketSimilarityServiceDependencies) {}

  // ── Indexing (called by the ticket-event consumer) ──────────────────────────────────────

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
  async indexTickets(tickets: readonly TicketInput[]): Promise<TicketIndexFailure[]> {
    const failures: TicketIndexFailure[] = [];
    const valid = tickets.filter((ticket) => {
      try {
        ticketText(ticket);
        return true;
      } catch (error) {
        failures.push({ ticket, error });
        return false;
      }
    });
    if (valid.length === 0) return failures;
    await this.deps.ticketIndexer.index(
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
    const at = this.deps.now().toISOString();
    try {
      await this.deps.tickets.saveMany(linked, at);
    } catch {
      for (const { ticket, similar } of linked) {
        await this.deps.tickets.save(ticket, similar, at).catch((error: unknown) => failures.push({ ticket, error }));
      }
    }
    return failures;
  }

  /** Called when a ticket is resolved with an article; future suggestions for similar tickets lean on it. */
  async recordResolution(ticketId: string, articleId: string): Promise<void> {
    if (!(await this.deps.tickets.exists(ticketId))) throw KnowledgeError.notFound('Ticket', ticketId);
    await this.deps.articles.existing(articleId);
    await this.deps.tickets.recordResolution(ticketId, articleId, this.deps.now().toISOString());
  }

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  async similarTickets(ticket: TicketInput, first = 5): Promise<SimilarTicket[]> {
    const ranked = await this.rankSimilarTickets(ticket, first);
    const ids = ranked.map((hit) => hit.docId);
    const resolutions = await this.deps.tickets.resolutions(ids);
    return ranked.map((hit) => ({
      ticketId: hit.docId,
      // The index holds ticket text (the graph keeps ids, status and edges only): a chunk's title is its ticket's subject.
      subject: hit.best.title,
      score: hit.score,
      resolvedWithArticleIds: resolutions.get(hit.docId) ?? [],
    }));
  }

  /**
   * Articles for an agent to send on a ticket: search on subject + description, boosted by the
   * articles that resolved similar tickets (recordResolution feeds this).
   */
  async suggestedArticles(ticket: TicketInput, first = 5): Promise<KnowledgeHit[]> {
    const pageSize = checkedPageSize(first, 50);
    const text = ticketText(ticket);
    const [hits, similar] = await Promise.all([this.deps.search.searchArticles(text, {}, 'customer', pageSize * 2), this.similarTickets(ticket, 10)]);
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
    const missing = await this.deps.articles.articlesByIds(ranked.filter(([id]) => !fromSearch.has(id)).map(([id]) => id), 'customer');
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

  // ── Privacy ─────────────────────────────────────────────────────────────────────────────

  /** Everything the engine holds about these tickets (index chunks with their text; graph node, edges, resolutions), for a privacy export. */
  async ticketKnowledge(ticketIds: readonly string[]): Promise<TicketKnowledge[]> {
    const [nodes, chunks] = await Promise.all([this.deps.tickets.entries(ticketIds), this.deps.ticketIndex.storedChunks(ticketIds)]);
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
    return this.deps.tickets.remove(ticketIds);
  }

  /** The nearest tickets by the index alone (no graph read): what similarTickets ranks, and what indexing links. */
  private async rankSimilarTickets(ticket: TicketInput, first: number): Promise<ReturnType<typeof aggregateChunkHits>> {
    const text = ticketText(ticket);
    const [vector] = await this.deps.embedder.embed([text]);
    const hits = await this.deps.ticketIndex.search({ text, vector: vector!, filter: { excludeDocIds: [ticket.id] }, limit: checkedPageSize(first, 50) * 3 });
    return aggregateChunkHits(hits, first);
  }
}
