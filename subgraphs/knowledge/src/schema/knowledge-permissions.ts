import { allow, allRolesExcept, roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field-level rules of the knowledge subgraph (graphql-shield, deny by default; type-level rules
 * break shield's rule-tree validation here, so every type lists '*'). They mirror the
 * checks in resolvers/knowledge-access.ts, which stay because they are what the audience logic
 * and the end-to-end tests rely on. Reading is open to every role: what a customer or partner may
 * see is decided by the audience (PUBLISHED only), not by hiding fields.
 */
const editors = roles('agent', 'lead', 'admin');
const supportTeam = allRolesExcept('customer', 'partner');

export const knowledgePermissions: FieldRules = {
  Query: {
    article: allow,
    articles: allow,
    searchKnowledge: allow,
    suggestArticles: allow,
    topicGraph: allow,
  },
  Mutation: {
    createArticle: editors,
    updateArticle: editors,
    publishArticle: editors,
    archiveArticle: editors,
    rollbackArticle: editors,
    relateArticles: editors,
    unrelateArticles: editors,
    importArticles: editors,
    recordArticleFeedback: editors,
    createTopic: editors,
    createProduct: editors,
  },
  Article: { '*': allow, history: supportTeam },
  Ticket: { '*': allow, similarTickets: supportTeam },
  ArticleVersion: { '*': allow },
  ArticleConnection: { '*': allow },
  ArticleEdge: { '*': allow },
  PageInfo: { '*': allow },
  Topic: { '*': allow },
  Product: { '*': allow },
  KnowledgeHit: { '*': allow },
  ArticleChunk: { '*': allow },
  SimilarTicket: { '*': allow },
  TopicGraph: { '*': allow },
  TopicGraphNode: { '*': allow },
  TopicGraphEdge: { '*': allow },
  ImportReport: { '*': allow },
  ImportNearDuplicate: { '*': allow },
  ImportProblem: { '*': allow },
};
