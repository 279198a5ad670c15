import { ClientErrors, ErrorCode } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';

/** The roadmap's client errors, each with a stable `extensions.code`. */
export const RoadmapErrors = {
  issueNotFound: (id: string) => ClientErrors.notFound('Issue', id),
  ticketNotFound: (id: string) => ClientErrors.notFound('Ticket', id),
  sprintNotFound: (id: string) => ClientErrors.notFound('Sprint', id),
  versionNotFound: (id: string) => ClientErrors.notFound('Version', id),
  badInput: (field: string, message: string) => ClientErrors.badInput(field, message),
  /** Jira owns this field (docs/roadmap.md, "Source of truth"): change it in Jira. */
  ownedByJira: (field: string) =>
    new GraphQLError(`${field} is kept in Jira: change it there and it syncs back`, { extensions: { code: ErrorCode.OwnedByJira, field } }),
  jiraUnavailable: () => ClientErrors.serviceUnavailable('Jira did not answer; the sync retries on its own, or try again shortly'),
};
