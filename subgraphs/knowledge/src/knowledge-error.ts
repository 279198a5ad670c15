import { kindInWords } from '@support-graph/runtime';
/** Stable codes a client can act on; the GraphQL layer copies them into `extensions.code`. */
export enum KnowledgeErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
}

/**
 * The only error the knowledge engine lets out on purpose. Messages are written for the person
 * using the product and never carry Cypher, stack traces or store details.
 */
export class KnowledgeError extends Error {
  private constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
    /** Which input field was wrong, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'KnowledgeError';
  }

  static badInput(field: string, message: string): KnowledgeError {
    return new KnowledgeError(KnowledgeErrorCode.BadUserInput, `${field}: ${message}`, field);
  }

  static emptyQuery(field = 'query'): KnowledgeError {
    return KnowledgeError.badInput(field, 'must contain at least one letter or digit');
  }

  static queryTooLong(field: string, maxChars: number): KnowledgeError {
    return KnowledgeError.badInput(field, `must be at most ${maxChars} characters`);
  }

  static invalidCursor(): KnowledgeError {
    return KnowledgeError.badInput('after', 'is not a cursor this service issued');
  }

  /** No raw id in the message: people read it in the console. */
  static notFound(kind: 'Article' | 'Topic' | 'Product' | 'Ticket' | 'ArticleVersion', _id: string): KnowledgeError {
    return new KnowledgeError(KnowledgeErrorCode.NotFound, `${kindInWords(kind)} not found`);
  }

  static versionConflict(expected: number, actual: number): KnowledgeError {
    return new KnowledgeError(
      KnowledgeErrorCode.Conflict,
      `The article is at version ${actual}, not ${expected}; reload it and apply your change again`,
    );
  }

  static invalidTransition(from: string, to: string): KnowledgeError {
    return new KnowledgeError(KnowledgeErrorCode.Conflict, `The article cannot move from ${from} to ${to}`);
  }

  static selfRelation(): KnowledgeError {
    return KnowledgeError.badInput('relatedId', 'an article cannot be related to itself');
  }
}
