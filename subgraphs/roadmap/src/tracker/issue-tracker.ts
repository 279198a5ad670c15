import type { IssueType, SprintRecord, StatusCategory, VersionRecord } from '../domain/roadmap-records.js';

/** What the platform sends to the tracker for an issue: the fields it owns (docs/roadmap.md, "Source of truth"). */
export interface IssueDraft {
  readonly projectKey: string;
  readonly type: IssueType;
  readonly summary: string;
  readonly description: string;
  readonly labels: readonly string[];
  readonly component: string | null;
  readonly assignee: string | null;
  readonly parentKey: string | null;
}

/** An issue as the tracker holds it. */
export interface RemoteIssue {
  readonly remoteId: string;
  readonly key: string;
  readonly projectKey: string;
  readonly type: IssueType;
  readonly summary: string;
  readonly description: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly assignee: string | null;
  readonly component: string | null;
  readonly labels: readonly string[];
  readonly parentKey: string | null;
  readonly sprint: SprintRecord | null;
  readonly fixVersion: VersionRecord | null;
  readonly updated: Date;
}

export interface RemoteIssueRef {
  readonly remoteId: string;
  readonly key: string;
}

/**
 * The external issue tracker (Jira Cloud) as the sync sees it. Absent in the offline mode, where
 * the roadmap store is the whole truth. Throws TrackerUnavailableError when the tracker is down
 * or throttling, so the durable queue retries later.
 */
export interface IssueTracker {
  createIssue(draft: IssueDraft): Promise<RemoteIssueRef>;
  /** The issue carrying an origin label: how a retried create finds the issue its first attempt made. */
  findByLabel(label: string): Promise<RemoteIssueRef | null>;
  updateIssue(key: string, draft: IssueDraft): Promise<void>;
  getIssue(keyOrId: string): Promise<RemoteIssue | null>;
  /** Issues updated at or after `since`, oldest first, every page. */
  searchUpdatedSince(projectKeys: readonly string[], since: Date): Promise<RemoteIssue[]>;
  listVersions(projectKey: string): Promise<VersionRecord[]>;
  listSprints(projectKey: string): Promise<SprintRecord[]>;
}

/** The tracker did not answer, answered 5xx or throttled (429): try again after `retryAfterMs`. */
export class TrackerUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = 'TrackerUnavailableError';
  }
}
