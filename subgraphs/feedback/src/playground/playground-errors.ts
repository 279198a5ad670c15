import { ClientErrors, ErrorCode } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';

/** Errors of the playground, each with a stable `extensions.code` (messages in one place). */
export class PlaygroundErrors {
  static unknownKind(kind: string): GraphQLError {
    return ClientErrors.badInput('kind', `unknown configuration kind "${kind.slice(0, 60)}"`);
  }

  static invalidDocument(kind: string, problem: string): GraphQLError {
    return ClientErrors.badInput('content', `not a valid ${kind} document: ${problem}`);
  }

  static invalidLabel(): GraphQLError {
    return ClientErrors.badInput('label', 'a label is 1–40 lower-case letters, digits or dashes, starting with a letter');
  }

  static versionNotFound(kind: string, version: number): GraphQLError {
    return ClientErrors.notFound('ConfigVersion', `${kind}@${version}`);
  }

  static protectedLabel(label: string): GraphQLError {
    return ClientErrors.forbidden(`Only an admin may override the gate on the protected label "${label}"`);
  }

  /** The candidate's latest gate run is worse than production's on the named graders (or one of them is missing). */
  static gateFailed(reason: string): GraphQLError {
    return new GraphQLError(`The promotion gate did not pass: ${reason}`, { extensions: { code: ErrorCode.PromotionGateFailed } });
  }

  static nothingToRollBack(label: string): GraphQLError {
    return ClientErrors.conflict(`The label "${label}" has no earlier version to roll back to`);
  }

  static invalidDataset(problem: string): GraphQLError {
    return ClientErrors.badInput('content', problem);
  }

  static noHistory(): GraphQLError {
    return ClientErrors.badInput('filter', 'no resolved ticket matches the filter');
  }

  static noQueuedTicket(): GraphQLError {
    return ClientErrors.badInput('filter', 'no waiting ticket matches the filter');
  }

  static ticketsUnavailable(): GraphQLError {
    return ClientErrors.conflict('Datasets from tickets need the tickets subgraph, which this playground does not reach');
  }

  static llmNotConfigured(): GraphQLError {
    return ClientErrors.badInput('responder', 'no LLM is configured (set ANTHROPIC_API_KEY or OPENAI_API_KEY): run with the EMBEDDED responder');
  }

  static liveKnowledgeUnavailable(): GraphQLError {
    return ClientErrors.badInput('knowledge', 'the knowledge subgraph is not part of this platform: run on the COMMITTED articles');
  }

  static liveKnowledgeFailed(): GraphQLError {
    return ClientErrors.serviceUnavailable('The knowledge subgraph did not answer: the run was stopped (nothing was stored); try again, or run on the COMMITTED articles');
  }
}
