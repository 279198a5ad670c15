import type { CypherStatement, KnowledgeGraph } from '../knowledge-graph.js';

/** What the graph keeps of a ticket: no subject or description (the similar-ticket index holds the text and forgets it on erasure). */
export interface TicketNode {
  id: string;
  status?: string;
}

/** A ticket node with its edges, as a privacy export shows it. */
export interface TicketGraphEntry {
  id: string;
  status: string;
  updatedAt: string;
  similarTickets: Array<{ ticketId: string; score: number }>;
  resolvedWithArticleIds: string[];
}

/** Ticket nodes and their SIMILAR / RESOLVED_BY edges, in the shared Cypher subset: ids, status, scores and timestamps only. */
export class TicketRepository {
  constructor(private readonly graph: KnowledgeGraph) {}

  async save(ticket: TicketNode, similar: ReadonlyArray<{ ticketId: string; score: number }>, at: string): Promise<void> {
    await this.saveMany([{ ticket, similar }], at);
  }

  /** Saves a batch of tickets and their SIMILAR edges in one transaction: one graph commit per batch, not per ticket. */
  async saveMany(entries: ReadonlyArray<{ ticket: TicketNode; similar: ReadonlyArray<{ ticketId: string; score: number }> }>, at: string): Promise<void> {
    if (entries.length === 0) return;
    await this.graph.runInTransaction(entries.flatMap(({ ticket, similar }) => this.saveStatements(ticket, similar, at)));
  }

  private saveStatements(ticket: TicketNode, similar: ReadonlyArray<{ ticketId: string; score: number }>, at: string): CypherStatement[] {
    return [
      { cypher: 'MERGE (t:Ticket {id: $id}) SET t.status = $status, t.updatedAt = $at', params: { id: ticket.id, status: ticket.status ?? 'OPEN', at } },
      { cypher: 'MATCH (t:Ticket {id: $id})-[r:SIMILAR]->(:Ticket) DELETE r', params: { id: ticket.id } },
      ...similar.map((s) => ({
        cypher: 'MATCH (a:Ticket {id: $id}), (b:Ticket {id: $other}) MERGE (a)-[r:SIMILAR]->(b) SET r.score = $score',
        params: { id: ticket.id, other: s.ticketId, score: s.score },
      })),
    ];
  }

  async exists(ticketId: string): Promise<boolean> {
    return (await this.graph.run('MATCH (t:Ticket {id: $id}) RETURN t.id AS id', { id: ticketId })).length > 0;
  }

  async recordResolution(ticketId: string, articleId: string, at: string): Promise<void> {
    await this.graph.run('MATCH (t:Ticket {id: $ticketId}), (a:Article {id: $articleId}) MERGE (t)-[r:RESOLVED_BY]->(a) SET r.at = $at', { ticketId, articleId, at });
  }

  /** Articles each of these tickets was resolved with. */
  async resolutions(ticketIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (ticketIds.length === 0) return result;
    const rows = await this.graph.run('MATCH (t:Ticket)-[:RESOLVED_BY]->(a:Article) WHERE t.id IN $ids RETURN t.id AS ticketId, a.id AS articleId', { ids: [...ticketIds] });
    for (const row of rows) result.set(String(row.ticketId), [...(result.get(String(row.ticketId)) ?? []), String(row.articleId)]);
    return result;
  }

  /** What the graph holds about these tickets: status, timestamps and edges (a privacy export). */
  async entries(ticketIds: readonly string[]): Promise<TicketGraphEntry[]> {
    if (ticketIds.length === 0) return [];
    const ids = [...ticketIds];
    const nodes = await this.graph.run('MATCH (t:Ticket) WHERE t.id IN $ids RETURN t.id AS id, t.status AS status, t.updatedAt AS updatedAt', { ids });
    const similar = await this.graph.run('MATCH (t:Ticket)-[r:SIMILAR]->(o:Ticket) WHERE t.id IN $ids RETURN t.id AS id, o.id AS other, r.score AS score', { ids });
    const resolutions = await this.resolutions(ticketIds);
    return nodes.map((node) => ({
      id: String(node.id),
      status: String(node.status ?? ''),
      updatedAt: String(node.updatedAt ?? ''),
      similarTickets: similar.filter((edge) => edge.id === node.id).map(({ other, score }) => ({ ticketId: String(other), score: Number(score) })),
      resolvedWithArticleIds: resolutions.get(String(node.id)) ?? [],
    }));
  }

  /** Deletes the tickets' nodes with every edge (SIMILAR both ways, RESOLVED_BY); returns how many existed. */
  async remove(ticketIds: readonly string[]): Promise<number> {
    if (ticketIds.length === 0) return 0;
    const existing = await this.graph.run('MATCH (t:Ticket) WHERE t.id IN $ids RETURN t.id AS id', { ids: [...ticketIds] });
    await this.graph.run('MATCH (t:Ticket) WHERE t.id IN $ids DETACH DELETE t', { ids: [...ticketIds] });
    return existing.length;
  }
}
