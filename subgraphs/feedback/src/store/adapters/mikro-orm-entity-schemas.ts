import { EntitySchema } from '@mikro-orm/core';
import type { OrmDialect } from '@support-graph/runtime';
import type {
  ArticleVoteRecord,
  CsatResponseRecord,
  CubeCellRecord,
  DraftRatingRecord,
  HelpSessionRecord,
  SignalReceiptRecord,
  SuggestionRatingRecord,
  TicketFactRecord,
} from '../feedback-records.js';

/** The one entity model for SQLite and MongoDB; MongoDB keeps the primary key in `_id`. */
export function createFeedbackEntitySchemas(dialect: OrmDialect) {
  const key = { type: 'string', primary: true, ...(dialect === 'mongo' ? { fieldName: '_id' } : {}) } as const;

  const CsatResponse = new EntitySchema<CsatResponseRecord>({
    name: 'CsatResponse',
    tableName: 'csat_responses',
    properties: {
      ticketId: key,
      score: { type: 'integer' },
      comment: { type: 'text', nullable: true },
      createdAt: { type: 'Date' },
      updatedAt: { type: 'Date' },
    },
  });

  const DraftRating = new EntitySchema<DraftRatingRecord>({
    name: 'DraftRating',
    tableName: 'draft_ratings',
    properties: {
      runId: key,
      ticketId: { type: 'string', index: true },
      outcome: { type: 'string' },
      editDistance: { type: 'integer', nullable: true },
      reason: { type: 'string', nullable: true },
      actor: { type: 'string' },
      createdAt: { type: 'Date' },
      experimentId: { type: 'string', nullable: true, index: true },
      experimentArm: { type: 'string', nullable: true },
    },
  });

  const SuggestionRating = new EntitySchema<SuggestionRatingRecord>({
    name: 'SuggestionRating',
    tableName: 'suggestion_ratings',
    properties: {
      id: key,
      ticketId: { type: 'string', index: true },
      kind: { type: 'string' },
      suggestionId: { type: 'string' },
      helpful: { type: 'boolean' },
      actor: { type: 'string' },
      createdAt: { type: 'Date' },
    },
  });

  const HelpSession = new EntitySchema<HelpSessionRecord>({
    name: 'HelpSession',
    tableName: 'help_sessions',
    properties: {
      sessionId: key,
      outcome: { type: 'string' },
      language: { type: 'string' },
      articlesRead: { type: 'integer' },
      createdAt: { type: 'Date' },
    },
  });

  const ArticleVote = new EntitySchema<ArticleVoteRecord>({
    name: 'ArticleVote',
    tableName: 'article_votes',
    properties: {
      id: key,
      articleId: { type: 'string', index: true },
      helpful: { type: 'boolean' },
      language: { type: 'string' },
      createdAt: { type: 'Date' },
    },
  });

  const TicketFact = new EntitySchema<TicketFactRecord>({
    name: 'TicketFact',
    tableName: 'ticket_facts',
    // Drill-down pages through the tickets of a day range, newest first.
    indexes: [{ properties: ['day', 'createdAt'] }],
    properties: {
      ticketId: key,
      number: { type: 'string' },
      day: { type: 'string' },
      createdAt: { type: 'Date' },
      team: { type: 'string' },
      category: { type: 'string' },
      channel: { type: 'string' },
      language: { type: 'string' },
      mode: { type: 'string' },
      status: { type: 'string' },
      resolved: { type: 'boolean' },
      resolvedAt: { type: 'Date', nullable: true },
      reopened: { type: 'boolean' },
      firstResponseMs: { type: 'double', nullable: true },
      resolutionMs: { type: 'double', nullable: true },
      slaMet: { type: 'boolean', nullable: true },
      aiResolved: { type: 'boolean' },
      csatScore: { type: 'integer', nullable: true },
      draftsAsIs: { type: 'integer' },
      draftsEdited: { type: 'integer' },
      draftsDiscarded: { type: 'integer' },
      editDistanceSum: { type: 'integer' },
      triageReviewed: { type: 'boolean' },
      triageCorrected: { type: 'boolean' },
      thumbsUp: { type: 'integer' },
      thumbsDown: { type: 'integer' },
      tokens: { type: 'integer' },
      costUsd: { type: 'double' },
      updatedAt: { type: 'Date' },
    },
  });

  const CubeCell = new EntitySchema<CubeCellRecord>({
    name: 'CubeCell',
    tableName: 'cube_cells',
    properties: {
      id: key,
      day: { type: 'string', index: true },
      team: { type: 'string' },
      category: { type: 'string' },
      channel: { type: 'string' },
      language: { type: 'string' },
      mode: { type: 'string' },
      counts: { type: 'text' },
      version: { type: 'integer', default: 0 },
      // Replicas refresh their in-memory cube from the cells changed since they last looked.
      updatedAt: { type: 'Date', index: true },
    },
  });

  const SignalReceipt = new EntitySchema<SignalReceiptRecord>({
    name: 'SignalReceipt',
    tableName: 'signal_receipts',
    properties: {
      key,
      kind: { type: 'string' },
      result: { type: 'text' },
      createdAt: { type: 'Date' },
    },
  });

  return { CsatResponse, DraftRating, SuggestionRating, HelpSession, ArticleVote, TicketFact, CubeCell, SignalReceipt };
}

export type FeedbackEntitySchemas = ReturnType<typeof createFeedbackEntitySchemas>;
