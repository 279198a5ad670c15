/** Jira's three status categories; `done` is what "the fix shipped" hangs on. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

export type IssueType = 'Epic' | 'Story' | 'Task' | 'Bug' | 'Subtask';

export interface ProjectRecord {
  /** The project key, e.g. `SUP`. */
  readonly key: string;
  name: string;
  /** Offline mode numbers issues `<key>-<n>`. */
  nextNumber: number;
}

export interface IssueRecord {
  /** Ours, stable across modes; Jira's key arrives later in Jira mode. */
  readonly id: string;
  /** `SUP-12`; null while an issue created here waits for Jira to number it. */
  key: string | null;
  /** Jira's numeric id, once known (Jira mode). */
  remoteId: string | null;
  projectKey: string;
  type: IssueType;
  summary: string;
  description: string;
  status: string;
  statusCategory: StatusCategory;
  assignee: string | null;
  component: string | null;
  /** JSON array of labels. */
  labels: string;
  /** The epic (company-managed) or parent (team-managed, subtasks) issue key. */
  parentKey: string | null;
  sprintId: string | null;
  fixVersionId: string | null;
  /** The ticket whose conversation the description quotes (`createIssueFromTicket`): erasing its customer rewrites it. */
  sourceTicketId: string | null;
  /** Bumped on every local edit; the outbound sync pushes until `pushedRevision` catches up. */
  revision: number;
  pushedRevision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SprintRecord {
  readonly id: string;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate: Date | null;
  endDate: Date | null;
  goal: string | null;
}

/** A project version, shown as a milestone. */
export interface VersionRecord {
  readonly id: string;
  projectKey: string;
  name: string;
  releaseDate: string | null;
  released: boolean;
}

/** Many tickets may link to one issue and one ticket to many issues. */
export interface TicketLinkRecord {
  /** `<ticketId>|<issueId>`: linking twice is one link. */
  readonly id: string;
  readonly ticketId: string;
  readonly issueId: string;
  readonly linkedBy: string;
  readonly createdAt: Date;
}

/** Who owns a component: an issue created from a ticket for that component is assigned to the owner. */
export interface ComponentOwnerRecord {
  readonly component: string;
  team: string;
  owner: string;
}

/** Named positions of the sync (the polling cursor). */
export interface SyncCursorRecord {
  readonly name: string;
  value: string;
}
