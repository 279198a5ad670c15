import { createAgileClient, createCloudClient, isApiError, isNetworkError, isRateLimitError } from 'jira.js';
import type { IssueType, SprintRecord, StatusCategory, VersionRecord } from '../../domain/roadmap-records.js';
import { TrackerUnavailableError, type IssueDraft, type IssueTracker, type RemoteIssue, type RemoteIssueRef } from '../issue-tracker.js';
import { adfToPlainText, plainTextToAdf } from './atlassian-document.js';

export interface JiraCloudSettings {
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
  /** The custom field Jira keeps sprints in (`customfield_10020` on Jira Cloud). */
  readonly sprintField: string;
}

/** The fields every read asks for: `search/jql` returns only `id` unless told. */
const ISSUE_FIELDS = ['summary', 'description', 'status', 'issuetype', 'assignee', 'components', 'labels', 'parent', 'fixVersions', 'updated', 'project'];

interface JiraIssueJson {
  id: string;
  key: string;
  fields: Record<string, any>;
}

const ISSUE_TYPES: readonly IssueType[] = ['Epic', 'Story', 'Task', 'Bug', 'Subtask'];

function issueType(name: string | undefined): IssueType {
  const normalised = name === 'Sub-task' ? 'Subtask' : name;
  return ISSUE_TYPES.find((type) => type === normalised) ?? 'Task';
}

function statusCategory(key: string | undefined): StatusCategory {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

function sprintFrom(value: unknown): SprintRecord | null {
  const sprints = Array.isArray(value) ? (value as Record<string, any>[]) : [];
  // An issue carried over keeps its old sprints; the open one is where it is now.
  const current = sprints.find((sprint) => sprint['state'] !== 'closed') ?? sprints.at(-1);
  if (!current) return null;
  return {
    id: String(current['id']),
    name: String(current['name']),
    state: current['state'] === 'active' || current['state'] === 'closed' ? current['state'] : 'future',
    startDate: current['startDate'] ? new Date(current['startDate']) : null,
    endDate: current['endDate'] ? new Date(current['endDate']) : null,
    goal: current['goal'] ?? null,
  };
}

function versionFrom(value: Record<string, any>, projectKey: string): VersionRecord {
  return { id: String(value['id']), projectKey, name: String(value['name']), releaseDate: value['releaseDate'] ?? null, released: Boolean(value['released']) };
}

/** Jira Cloud through jira.js: REST v3 (`search/jql` with `nextPageToken`) and the Agile API for boards and sprints. */
export class JiraCloudTracker implements IssueTracker {
  private readonly platform;
  private readonly agile;

  constructor(private readonly settings: JiraCloudSettings) {
    const config = {
      host: settings.baseUrl,
      auth: { type: 'basic' as const, email: settings.email, apiToken: settings.apiToken },
      // The durable queue owns retries (with Retry-After and back-off); one attempt per call here.
      retry: { maxAttempts: 1 },
      onSchemaMismatch: 'silent' as const,
    };
    this.platform = createCloudClient(config);
    this.agile = createAgileClient(config);
  }

  /** Every call: a throttled or failing Jira becomes TrackerUnavailableError, with Jira's Retry-After when it sent one. */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isRateLimitError(error)) throw new TrackerUnavailableError('Jira is throttling', error.retryAfterMs);
      if (isNetworkError(error) || (isApiError(error) && error.status >= 500)) {
        throw new TrackerUnavailableError(`Jira unavailable${isApiError(error) ? ` (${error.status})` : ''}`, undefined);
      }
      throw error;
    }
  }

  private fieldsOf(draft: IssueDraft, creating: boolean): Record<string, unknown> {
    return {
      summary: draft.summary,
      description: plainTextToAdf(draft.description),
      labels: [...draft.labels],
      ...(draft.component ? { components: [{ name: draft.component }] } : {}),
      ...(creating
        ? {
            project: { key: draft.projectKey },
            issuetype: { name: draft.type },
            ...(draft.parentKey ? { parent: { key: draft.parentKey } } : {}),
            ...(draft.assignee ? { assignee: { accountId: draft.assignee } } : {}),
          }
        : {}),
    };
  }

  async createIssue(draft: IssueDraft): Promise<RemoteIssueRef> {
    const created = await this.call(() => this.platform.issues.createIssue({ fields: this.fieldsOf(draft, true) as never }));
    return { remoteId: String(created.id), key: String(created.key) };
  }

  async findByLabel(label: string): Promise<RemoteIssueRef | null> {
    const page = await this.call(() =>
      this.platform.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql: `labels = "${label}"`, fields: ['summary'], maxResults: 1 }),
    );
    const issue = (page.issues ?? [])[0];
    return issue ? { remoteId: String(issue.id), key: String(issue.key) } : null;
  }

  async updateIssue(key: string, draft: IssueDraft): Promise<void> {
    await this.call(() => this.platform.issues.editIssue({ issueIdOrKey: key, fields: this.fieldsOf(draft, false) as never }));
  }

  async getIssue(keyOrId: string): Promise<RemoteIssue | null> {
    try {
      const issue = await this.call(() => this.platform.issues.getIssue({ issueIdOrKey: keyOrId, fields: [...ISSUE_FIELDS, this.settings.sprintField] }));
      return this.remoteIssue(issue as unknown as JiraIssueJson);
    } catch (error) {
      if (isApiError(error) && error.status === 404) return null;
      throw error;
    }
  }

  async searchUpdatedSince(projectKeys: readonly string[], since: Date): Promise<RemoteIssue[]> {
    if (projectKeys.length === 0) return [];
    // JQL dates are minutes in the site's zone; the caller overlaps its cursor to cover the rounding.
    const stamp = since.toISOString().slice(0, 16).replace('T', ' ');
    const jql = `project in (${projectKeys.map((key) => `"${key}"`).join(', ')}) AND updated >= "${stamp}" ORDER BY updated ASC`;
    const issues: RemoteIssue[] = [];
    let nextPageToken: string | undefined;
    do {
      const token = nextPageToken;
      const page = await this.call(() =>
        this.platform.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql, fields: [...ISSUE_FIELDS, this.settings.sprintField], maxResults: 100, ...(token ? { nextPageToken: token } : {}) }),
      );
      for (const issue of page.issues ?? []) issues.push(this.remoteIssue(issue as unknown as JiraIssueJson));
      nextPageToken = page.nextPageToken ?? undefined;
    } while (nextPageToken);
    return issues;
  }

  async listVersions(projectKey: string): Promise<VersionRecord[]> {
    const versions = await this.call(() => this.platform.projectVersions.getProjectVersions({ projectIdOrKey: projectKey }));
    return versions.map((version) => versionFrom(version as Record<string, any>, projectKey));
  }

  async listSprints(projectKey: string): Promise<SprintRecord[]> {
    const boards = await this.call(() => this.agile.board.getAllBoards({ projectKeyOrId: projectKey }));
    const sprints: SprintRecord[] = [];
    for (const board of boards.values ?? []) {
      if (board.type !== 'scrum') continue;
      const page = await this.call(() => this.agile.board.getAllSprints({ boardId: Number(board.id) }));
      for (const sprint of page.values ?? []) {
        const record = sprintFrom([sprint]);
        if (record) sprints.push(record);
      }
    }
    return sprints;
  }

  private remoteIssue(issue: JiraIssueJson): RemoteIssue {
    const fields = issue.fields;
    const projectKey = String(fields['project']?.key ?? issue.key.split('-')[0]);
    const fixVersions = (fields['fixVersions'] ?? []) as Record<string, any>[];
    // Several fix versions: the earliest release is when the fix reaches customers.
    const fixVersion = [...fixVersions].sort((a, b) => String(a['releaseDate'] ?? '9999').localeCompare(String(b['releaseDate'] ?? '9999')))[0];
    return {
      remoteId: String(issue.id),
      key: issue.key,
      projectKey,
      type: issueType(fields['issuetype']?.name),
      summary: String(fields['summary'] ?? ''),
      description: adfToPlainText(fields['description']),
      status: String(fields['status']?.name ?? 'To Do'),
      statusCategory: statusCategory(fields['status']?.statusCategory?.key),
      assignee: fields['assignee']?.accountId ?? null,
      component: fields['components']?.[0]?.name ?? null,
      labels: (fields['labels'] ?? []) as string[],
      // Team-managed projects give the epic as `parent`; subtasks too.
      parentKey: fields['parent']?.key ?? null,
      sprint: sprintFrom(fields[this.settings.sprintField]),
      fixVersion: fixVersion ? versionFrom(fixVersion, projectKey) : null,
      updated: new Date(String(fields['updated'] ?? new Date().toISOString()).replace(/([+-]\d{2})(\d{2})$/, '$1:$2')),
    };
  }
}
