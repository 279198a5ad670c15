import type { CypherRow, KnowledgeGraph } from '../knowledge-graph.js';

export interface TicketText {
  id: string;
  subject: string;
  description: string;
  status?: string;
}

/** Ticket nodes and their SIMILAR / RESOLVED_BY edges, in the shared Cypher subset. */
export class TicketRepository {
  constructor(private readonly graph: KnowledgeGraph) {}

  async save(ticket: TicketText, similar: ReadonlyArray<{ ticketId: string; score: number }>, at: string): Promise<void> {
    await this.graph.runInTransaction([
      {
        cypher: 'MERGE (t:Ticket {id: $id}) SET t.subject = $subject, t.description = $description, t.status = $status, t.updatedAt = $at',
        params: { id: ticket.id, subject: ticket.subject, description: ticket.description, status: ticket.status ?? 'OPEN', at },
      },
      { cypher: 'MATCH (t:Ticket {id: $id})-[r:SIMILAR]->(:Ticket) DELETE r', params: { id: ticket.id } },
      ...similar.map((s) => ({
        cypher: 'MATCH (a:Ticket {id: $id}), (b:Ticket {id: $other}) MERGE (a)-[r:SIMILAR]->(b) SET r.score = $score',
        params: { id: ticket.id, other: s.ticketId, score: s.score },
      })),
    ]);
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

  /** What the graph holds about these tickets: their text, status and edges (a privacy export). */
  async entries(ticketIds: readonly string[]): Promise<CypherRow[]> {
    if (ticketIds.length === 0) return [];
    const nodes = await this.graph.run(
      'MATCH (t:Ticket) WHERE t.id IN $ids RETURN t.id AS id, t.subject AS subject, t.description AS description, t.status AS status, t.updatedAt AS updatedAt',
      { ids: [...ticketIds] },
    );
    const similar = await this.graph.run('MATCH (t:Ticket)-[r:SIMILAR]->(o:Ticket) WHERE t.id IN $ids RETURN t.id AS id, o.id AS other, r.score AS score', { ids: [...ticketIds] });
    const resolutions = await this.resolutions(ticketIds);
    return nodes.map((node) => ({
      ...node,
      similarTickets: similar.filter((edge) => edge.id === node.id).map(({ other, score }) => ({ ticketId: other, score })),
      resolvedWithArticleIds: resolutions.get(String(node.id)) ?? [],
    }));
  }

  /** Deletes the tickets' nodes with every edge (SIMILAR both ways, RESOLVED_BY); returns how many existed. */
  async remove(ticketIds: readonly string[]): Promise<number> {
    if (ticketIds.length === 0) return 0;
    const existing = await this.graph.run('MATCH (t:Ticket) WHERE t.id IN $ids RETURN t.id AS id', { ids: [...ticketIds] });
    // Blank the text first: a store that reuses pages keeps less of it around than a bare delete.
    await this.graph.runInTransaction([
      { cypher: "MATCH (t:Ticket) WHERE t.id IN $ids SET t.subject = '', t.description = ''", params: { ids: [...ticketIds] } },
      { cypher: 'MATCH (t:Ticket) WHERE t.id IN $ids DETACH DELETE t', params: { ids: [...ticketIds] } },
    ]);
    return existing.length;
  }

  async subjects(ticketIds: readonly string[]): Promise<Map<string, string>> {
    if (ticketIds.length === 0) return new Map();
    const rows = await this.graph.run('MATCH (t:Ticket) WHERE t.id IN $ids RETURN t.id AS id, t.subject AS subject', { ids: [...ticketIds] });
    return new Map(rows.map((row) => [String(row.id), String(row.subject ?? '')]));
  }
}
