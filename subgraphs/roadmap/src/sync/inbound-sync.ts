import type { IssueRecord, VersionRecord } from '../domain/roadmap-records.js';
import type { RoadmapStore } from '../store/roadmap-store.js';
import type { IssueTracker, RemoteIssue } from '../tracker/issue-tracker.js';
import type { IssueChanges } from './issue-changes.js';
import { issueIdFromOriginLabel } from './sync-jobs.js';

/**
 * Merges what Jira holds into the local mirror. Source of truth per field (docs/roadmap.md):
 * Jira owns status, assignee, sprint, fix version, parent and type; summary, description, labels
 * and component are the platform's while a local edit waits to be pushed, Jira's otherwise.
 */
export class InboundSync {
  constructor(
    private readonly store: RoadmapStore,
    private readonly tracker: IssueTracker,
    private readonly changes: IssueChanges,
    private readonly projectKeys: readonly string[],
  ) {}

  async pullIssue(ref: string): Promise<void> {
    const remote = await this.tracker.getIssue(ref);
    if (remote) await this.applyIssue(remote);
  }

  async applyIssue(remote: RemoteIssue): Promise<void> {
    if (remote.sprint) await this.store.saveSprint(remote.sprint);
    if (remote.fixVersion) await this.applyVersion(remote.fixVersion);
    const originId = issueIdFromOriginLabel(remote.labels);
    const local =
      (await this.store.findIssueByRemoteId(remote.remoteId)) ?? (await this.store.findIssueByKey(remote.key)) ?? (originId ? await this.store.findIssue(originId) : null);
    const labels = remote.labels.filter((label) => !label.startsWith('sg-'));
    const pendingLocalEdit = local !== null && local.revision > local.pushedRevision;
    const jiraFields = {
      key: remote.key,
      remoteId: remote.remoteId,
      projectKey: remote.projectKey,
      type: remote.type,
      status: remote.status,
      statusCategory: remote.statusCategory,
      assignee: remote.assignee,
      parentKey: remote.parentKey,
      sprintId: remote.sprint?.id ?? null,
      fixVersionId: remote.fixVersion?.id ?? null,
    };
    const sharedFields = { summary: remote.summary, description: remote.description, labels: JSON.stringify(labels), component: remote.component };
    if (!local) {
      const created: IssueRecord = {
        id: originId ?? `jira-${remote.remoteId}`,
        ...jiraFields,
        ...sharedFields,
        sourceTicketId: null,
        revision: 0,
        pushedRevision: 0,
        createdAt: remote.updated,
        updatedAt: remote.updated,
      };
      await this.store.saveIssue(created);
      await this.changes.created(created);
      return;
    }
    const after: IssueRecord = { ...local, ...jiraFields, ...(pendingLocalEdit ? {} : sharedFields), updatedAt: remote.updated > local.updatedAt ? remote.updated : local.updatedAt };
    await this.store.saveIssue(after);
    await this.changes.changed(local, after);
  }

  async deleteIssue(remoteId: string): Promise<void> {
    const local = await this.store.findIssueByRemoteId(remoteId);
    if (local) await this.store.deleteIssue(local.id);
  }

  async applyVersion(version: VersionRecord): Promise<void> {
    const before = await this.store.findVersion(version.id);
    if (before && before.released === version.released && before.name === version.name && before.releaseDate === version.releaseDate) return;
    await this.store.saveVersion(version);
    await this.changes.versionChanged(before, version);
  }

  /** Versions (milestones) and sprints of every synced project. */
  async pullPlan(): Promise<void> {
    for (const projectKey of this.projectKeys) {
      for (const version of await this.tracker.listVersions(projectKey)) await this.applyVersion(version);
      for (const sprint of await this.tracker.listSprints(projectKey)) await this.store.saveSprint(sprint);
    }
  }
}
