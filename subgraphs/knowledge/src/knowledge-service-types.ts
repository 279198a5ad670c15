import type { Article, ArticleStatus } from './articles/article.js';
import type { NearDuplicate } from './articles/near-duplicate-detector.js';
import type { ImportProblem } from './import/import-document.js';

/** Who is asking: customers see only PUBLISHED articles, whatever filter they send. */
export type Audience = 'customer' | 'agent';

export interface ArticleFilter {
  statuses?: ArticleStatus[];
  locale?: string;
  tags?: string[];
  topicIds?: string[];
  productIds?: string[];
}

export interface CreateArticleInput {
  title: string;
  body: string;
  summary?: string;
  tags?: string[];
  locale?: string;
  topicIds?: string[];
  productIds?: string[];
  externalId?: string;
}

export interface UpdateArticleInput {
  title?: string;
  body?: string;
  summary?: string;
  tags?: string[];
  locale?: string;
  topicIds?: string[];
  productIds?: string[];
  /** When given, the update fails with CONFLICT unless the article is still at this version. */
  expectedVersion?: number;
}

export interface ArticleConnection {
  nodes: Article[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface SearchKnowledgeInput {
  query: string;
  filter?: ArticleFilter;
  first?: number;
  audience: Audience;
}

export interface KnowledgeHit {
  articleId: string;
  title: string;
  /** Larger is better; comparable only within one result list. */
  score: number;
  /** HTML-escaped excerpt of the best chunk with query terms in <mark>. */
  snippet: string;
  chunk: { id: string; position: number; heading: string; text: string };
}

export interface TicketInput {
  id: string;
  subject: string;
  description: string;
  status?: string;
}

/** What the engine holds about one ticket, for a privacy export: its text lives in the index chunks only. */
export interface TicketKnowledge {
  id: string;
  /** The graph node (ids, status, timestamps; no text), or null when only the index holds the ticket. */
  graph: { status: string; updatedAt: string } | null;
  similarTickets: Array<{ ticketId: string; score: number }>;
  resolvedWithArticleIds: string[];
  indexChunks: Array<{ id: string; position: number; title: string; heading: string; text: string }>;
}

export interface SimilarTicket {
  ticketId: string;
  subject: string;
  score: number;
  /** Articles the similar ticket was resolved with, if any. */
  resolvedWithArticleIds: string[];
}

export interface TopicGraphNode {
  id: string;
  kind: 'TOPIC' | 'PRODUCT' | 'ARTICLE';
  label: string;
}

export interface TopicGraph {
  nodes: TopicGraphNode[];
  edges: Array<{ from: string; to: string; kind: 'ABOUT' | 'RELATED' }>;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  nearDuplicates: NearDuplicate[];
  problems: ImportProblem[];
  /** Chunks sent to the embedder; unchanged text is never re-embedded. */
  embeddedChunks: number;
}
