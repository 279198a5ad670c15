import { randomUUID } from 'node:crypto';
import type { Identity } from '@support-graph/runtime';
import { checkedLabels, checkedText, DESCRIPTION_MAX, SUMMARY_MAX } from '../domain/issue-input.js';
import type { IssueRecord, IssueType, SprintRecord, StatusCategory, TicketLinkRecord, VersionRecord } from '../domain/roadmap-records.js';
import { RoadmapErrors } from '../domain/roadmap-errors.js';
import type { SupportTickets } from '../peers/support-tickets.js';
import type { RoadmapStore } from '../store/roadmap-store.js';
import type { IssueChanges } from '../sync/issue-changes.js';
import type { OutboundSync } from '../sync/outbound-sync.js';
import { ticketIssueDescription, withoutTicketConversation } from './ticket-issue-description.js';

export interface CreateIssueInput {
  readonly summary: string;
  readonly description?: string | null;
  readonly type?: IssueType | null;
  readonly labels?: readonly string[] | null;
  readonly component?: string | null;
  readonly parentKey?: string | null;
  readonly sprintId?: string | null;
  readonly fixVersionId?: string | null;
}

export interface UpdateIssueInput {
  readonly summary?: string | null;
  readonly description?: string | null;
  readonly labels?: readonly string[] | null;
  readonly status?: string | null;
  readonly statusCategory?: StatusCategory | null;
  readonly sprintId?: string | null;
  readonly fixVersionId?: string | null;
  readonly assignee?: string | null;
}

/** Offline statuses by category: the three columns of a simple board. */
const OFFLINE_STATUS: Record<StatusCategory, string> = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };

/**
 * The roadmap's use cases. One code path for both modes: every change lands in the store first; with
 * Jira (`outbound` present) the platform-owned fields are then pushed through the durable queue,
 * and the Jira-owned ones (status, sprint, fix version, assignee) can only change in Jira.
 */
export class RoadmapService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly tickets: SupportTickets,
    private readonly changes: IssueChanges,
    private readonly outbound: OutboundSync | undefined,
    private readonly projectKey: string,
  ) {}

  get jiraMode(): boolean {
    return this.outbound !== undefined;
  }

  async issue(keyOrId: string): Promise<IssueRecord> {
    const issue = (await this.store.findIssueByKey(keyOrId)) ?? (await this.store.findIssue(keyOrId));
    if (!issue) throw RoadmapErrors.issueNotFound(keyOrId);
    return issue;
  }

  /** `sourceTicketId`: the ticket whose conversation the description quotes (erasure rewrites it). */
  async createIssue(input: CreateIssueInput, assignee: string | null = null, sourceTicketId: string | null = null): Promise<IssueRecord> {
    const summary = checkedText('summary', input.summary, SUMMARY_MAX);
    const description = checkedText('description', input.description ?? '', DESCRIPTION_MAX, false);
    const labels = checkedLabels(input.labels ?? []);
    const component = input.component ? checkedText('component', input.component, 255) : null;
    if (input.parentKey) await this.issue(input.parentKey);
    if (this.jiraMode && (input.sprintId || input.fixVersionId)) throw RoadmapErrors.ownedByJira(input.sprintId ? 'sprintId' : 'fixVersionId');
    if (input.sprintId && !(await this.store.findSprint(input.sprintId))) throw RoadmapErrors.sprintNotFound(input.sprintId);
    if (input.fixVersionId && !(await this.store.findVersion(input.fixVersionId))) throw RoadmapErrors.versionNotFound(input.fixVersionId);
    const owner = assignee ?? (component ? (await this.store.findComponentOwner(component))?.owner ?? null : null);
    const now = new Date();
    const issue: IssueRecord = {
      id: randomUUID(),
      // Offline, we number it; with Jira, Jira does when the push lands.
      key: this.jiraMode ? null : `${this.projectKey}-${await this.store.nextIssueNumber(this.projectKey)}`,
      remoteId: null,
      projectKey: this.projectKey,
      type: input.type ?? 'Task',
      summary,
      description,
      status: OFFLINE_STATUS.new,
      statusCategory: 'new',
      assignee: owner,
      component,
      labels: JSON.stringify(labels),
      parentKey: input.parentKey ?? null,
      sprintId: input.sprintId ?? null,
      fixVersionId: input.fixVersionId ?? null,
      sourceTicketId,
      revision: 1,
      pushedRevision: this.jiraMode ? 0 : 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.saveIssue(issue);
    await this.outbound?.push(issue);
    await this.changes.created(issue);
    return issue;
  }

  async updateIssue(keyOrId: string, input: UpdateIssueInput): Promise<IssueRecord> {
    const before = await this.issue(keyOrId);
    const after: IssueRecord = { ...before };
    if (input.summary != null) after.summary = checkedText('summary', input.summary, SUMMARY_MAX);
    if (input.description != null) after.description = checkedText('description', input.description, DESCRIPTION_MAX, false);
    if (input.labels != null) after.labels = JSON.stringify(checkedLabels(input.labels));
    const jiraOwned = (['status', 'statusCategory', 'sprintId', 'fixVersionId', 'assignee'] as const).find((field) => input[field] !== undefined);
    if (jiraOwned && this.jiraMode) throw RoadmapErrors.ownedByJira(jiraOwned);
    if (input.statusCategory != null) {
      after.statusCategory = input.statusCategory;
      after.status = input.status ? checkedText('status', input.status, 64) : OFFLINE_STATUS[input.statusCategory];
    } else if (input.status != null) {
      after.status = checkedText('status', input.status, 64);
    }
    if (input.sprintId !== undefined) {
      if (input.sprintId && !(await this.store.findSprint(input.sprintId))) throw RoadmapErrors.sprintNotFound(input.sprintId);
      after.sprintId = input.sprintId;
    }
    if (input.fixVersionId !== undefined) {
      if (input.fixVersionId && !(await this.store.findVersion(input.fixVersionId))) throw RoadmapErrors.versionNotFound(input.fixVersionId);
      after.fixVersionId = input.fixVersionId;
    }
    if (input.assignee !== undefined) after.assignee = input.assignee ? checkedText('assignee', input.assignee, 255) : null;
    after.revision = before.revision + 1;
    if (!this.jiraMode) after.pushedRevision = after.revision;
    after.updatedAt = new Date();
    await this.store.saveIssue(after);
    await this.outbound?.push(after);
    await this.changes.changed(before, after);
    return after;
  }

  /** An issue in the tracker made from a ticket, linked to it, assigned to the component's owner. */
  async createIssueFromTicket(identity: Identity, ticketId: string, input: CreateIssueInput): Promise<IssueRecord> {
    const ticket = await this.tickets.getTicket(ticketId);
    if (!ticket) throw RoadmapErrors.ticketNotFound(ticketId);
    const description = ticketIssueDescription(ticket, checkedText('description', input.description ?? '', DESCRIPTION_MAX, false));
    const issue = await this.createIssue({ type: 'Bug', ...input, description, labels: [...(input.labels ?? []), 'support-ticket'] }, null, ticketId);
    await this.link(identity, ticketId, issue);
    return issue;
  }

  /**
   * Erasure of these tickets' customer: the descriptions made from the tickets lose the conversation
   * (with Jira, pushed through the durable queue like any edit), the tickets' links are forgotten and
   * SQLite is compacted, so no copy of the old text stays on disk. Returns how many records changed.
   * Safe to repeat after a crash: the issue stays marked as made from the ticket until its push is queued.
   */
  async forgetTickets(ticketIds: readonly string[]): Promise<number> {
    let rewritten = 0;
    for (const before of await this.store.issuesFromTickets(ticketIds)) {
      const description = withoutTicketConversation(before.description);
      let after = before;
      if (description !== before.description) {
        after = { ...before, description, revision: before.revision + 1, updatedAt: new Date() };
        if (!this.jiraMode) after.pushedRevision = after.revision;
        await this.store.saveIssue(after);
        await this.changes.changed(before, after);
        rewritten += 1;
      }
      // One job per revision: a repeated erasure queues nothing twice.
      await this.outbound?.push(after);
      await this.store.saveIssue({ ...after, sourceTicketId: null });
    }
    const unlinked = await this.store.removeLinksOfTickets(ticketIds);
    await this.store.compact();
    return rewritten + unlinked;
  }

  async linkTicketToIssue(identity: Identity, ticketId: string, issueKey: string): Promise<IssueRecord> {
    const issue = await this.issue(issueKey);
    if (!(await this.tickets.getTicket(ticketId))) throw RoadmapErrors.ticketNotFound(ticketId);
    await this.link(identity, ticketId, issue);
    return issue;
  }

  async unlinkTicketFromIssue(ticketId: string, issueKey: string): Promise<IssueRecord> {
    const issue = await this.issue(issueKey);
    if (await this.store.removeLink(ticketId, issue.id)) await this.changes.linked(issue, ticketId, false);
    return issue;
  }

  private async link(identity: Identity, ticketId: string, issue: IssueRecord): Promise<void> {
    const link: TicketLinkRecord = { id: `${ticketId}|${issue.id}`, ticketId, issueId: issue.id, linkedBy: identity.subject, createdAt: new Date() };
    if (await this.store.addLink(link)) await this.changes.linked(issue, ticketId, true);
  }

  async createSprint(input: { name: string; state?: SprintRecord['state'] | null; startDate?: Date | null; endDate?: Date | null; goal?: string | null }): Promise<SprintRecord> {
    if (this.jiraMode) throw RoadmapErrors.ownedByJira('sprint');
    if (input.startDate && input.endDate && input.endDate < input.startDate) throw RoadmapErrors.badInput('endDate', 'must not be before startDate');
    const sprint: SprintRecord = {
      id: randomUUID(),
      name: checkedText('name', input.name, 255),
      state: input.state ?? 'future',
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      goal: input.goal ? checkedText('goal', input.goal, 2000) : null,
    };
    await this.store.saveSprint(sprint);
    return sprint;
  }

  async createVersion(input: { name: string; releaseDate?: string | null }): Promise<VersionRecord> {
    if (this.jiraMode) throw RoadmapErrors.ownedByJira('version');
    if (input.releaseDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.releaseDate)) throw RoadmapErrors.badInput('releaseDate', 'a date as YYYY-MM-DD');
    const version: VersionRecord = { id: randomUUID(), projectKey: this.projectKey, name: checkedText('name', input.name, 255), releaseDate: input.releaseDate ?? null, released: false };
    await this.store.saveVersion(version);
    return version;
  }

  async releaseVersion(id: string): Promise<VersionRecord> {
    if (this.jiraMode) throw RoadmapErrors.ownedByJira('version');
    const before = await this.store.findVersion(id);
    if (!before) throw RoadmapErrors.versionNotFound(id);
    const after: VersionRecord = { ...before, released: true, releaseDate: before.releaseDate ?? new Date().toISOString().slice(0, 10) };
    await this.store.saveVersion(after);
    await this.changes.versionChanged(before, after);
    return after;
  }

  async setComponentOwner(component: string, team: string, owner: string) {
    const record = { component: checkedText('component', component, 255), team: checkedText('team', team, 255), owner: checkedText('owner', owner, 255) };
    await this.store.saveComponentOwner(record);
    return record;
  }
}
