/** Durable work of the Jira sync, one queue (`roadmap-sync`), each job idempotent. */
export type SyncJob =
  /** Send the issue's platform-owned fields to Jira (create it there when it has no key yet). */
  | { readonly kind: 'push'; readonly issueId: string }
  /** Read one issue from Jira and merge it (a webhook said it changed). */
  | { readonly kind: 'pull-issue'; readonly ref: string }
  /** Jira deleted it. */
  | { readonly kind: 'delete-issue'; readonly remoteId: string }
  /** Read the project's versions and sprints (a version or sprint webhook). */
  | { readonly kind: 'pull-plan' };

/** The label an issue carries in Jira to find it again: a create retried after a crash adopts the first one instead of making a second. */
export function originLabel(issueId: string): string {
  return `sg-${issueId}`;
}

export function issueIdFromOriginLabel(labels: readonly string[]): string | undefined {
  return labels.find((label) => label.startsWith('sg-'))?.slice(3);
}
