import { allow, allRolesExcept, roles, type FieldRules } from '@support-graph/runtime';
import { ticketPrivacyMutationPermissions, ticketPrivacyQueryPermissions } from '../privacy/ticket-privacy-permissions.js';

/**
 * Field-level rules of the knowledge subgraph (graphql-shield, deny by default: a field without a
 * rule here is FORBIDDEN). The role matrix in docs/security.md is the contract and
 * tests/role-matrix.test.ts checks every cell of it through the gateway.
 *
 * These rules decide which fields a role may read or write; which articles it reaches is data
 * scoping and stays in the service: customers and partners read with the customer audience
 * (PUBLISHED only, resolvers/knowledge-access.ts), everyone inside the company sees every status.
 */
const everyone = allow;
/** Writes to the knowledge base. The pipeline (`service`) only reads: it never edits articles. */
const editors = roles('agent', 'lead', 'admin');
/** The company: drafts, history and other customers' tickets. Not customers, not partners. */
const supportTeam = allRolesExcept('customer', 'partner');
/** An author is a staff email address: personal data, so not for analysts (or anyone outside). */
const staffOnly = roles('agent', 'lead', 'admin', 'service');

/** Content gaps quote customers' subjects and point at their tickets: for the people who plan articles. */
const writersOfTheHelpCentre = roles('lead', 'admin');

export const knowledgePermissions: FieldRules = {
  Query: {
    article: everyone,
    articles: everyone,
    searchKnowledge: everyone,
    suggestArticles: everyone,
    topicGraph: everyone,
    contentGaps: writersOfTheHelpCentre,
    ...ticketPrivacyQueryPermissions,
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
    ...ticketPrivacyMutationPermissions,
  },
  Article: {
    id: everyone,
    // The id in the system an article was imported from: the help page has no use for it.
    externalId: allRolesExcept('customer'),
    title: everyone,
    body: everyone,
    summary: everyone,
    tags: everyone,
    locale: everyone,
    status: everyone,
    version: everyone,
    helpfulCount: everyone,
    unhelpfulCount: everyone,
    createdAt: everyone,
    updatedAt: everyone,
    // Every version, drafts included: never outside the company.
    history: supportTeam,
    topics: everyone,
    products: everyone,
    relatedArticles: everyone,
  },
  ArticleVersion: {
    version: supportTeam,
    author: staffOnly,
    changedAt: supportTeam,
    changes: supportTeam,
    status: supportTeam,
    title: supportTeam,
    summary: supportTeam,
    body: supportTeam,
  },
  Ticket: {
    id: everyone,
    subject: everyone,
    description: everyone,
    // Scoped by the tickets subgraph: a customer only ever reaches their own ticket.
    suggestedArticles: everyone,
    // Other customers' tickets.
    similarTickets: supportTeam,
  },
  SimilarTicket: {
    score: supportTeam,
    ticket: supportTeam,
    resolvedWithArticles: supportTeam,
  },
  KnowledgeHit: {
    score: everyone,
    snippet: everyone,
    chunk: everyone,
    article: everyone,
  },
  ArticleChunk: {
    id: everyone,
    position: everyone,
    heading: everyone,
    text: everyone,
  },
  ArticleConnection: {
    edges: everyone,
    pageInfo: everyone,
    totalCount: everyone,
  },
  ArticleEdge: {
    cursor: everyone,
    node: everyone,
  },
  PageInfo: {
    hasNextPage: everyone,
    endCursor: everyone,
  },
  Topic: {
    id: everyone,
    name: everyone,
  },
  Product: {
    id: everyone,
    name: everyone,
  },
  TopicGraph: {
    nodes: everyone,
    edges: everyone,
  },
  TopicGraphNode: {
    id: everyone,
    kind: everyone,
    label: everyone,
  },
  TopicGraphEdge: {
    from: everyone,
    to: everyone,
    kind: everyone,
  },
  // What importArticles answers: only editors get one.
  ImportReport: {
    created: editors,
    updated: editors,
    unchanged: editors,
    nearDuplicates: editors,
    problems: editors,
    embeddedChunks: editors,
  },
  ImportNearDuplicate: {
    articleId: editors,
    duplicateOfId: editors,
  },
  ImportProblem: {
    source: editors,
    message: editors,
  },
  ContentGap: {
    id: writersOfTheHelpCentre,
    ticketCount: writersOfTheHelpCentre,
    coverage: writersOfTheHelpCentre,
    keywords: writersOfTheHelpCentre,
    outline: writersOfTheHelpCentre,
    exampleTickets: writersOfTheHelpCentre,
    nearestArticle: writersOfTheHelpCentre,
  },
  ArticleOutline: {
    title: writersOfTheHelpCentre,
    sections: writersOfTheHelpCentre,
  },
};
