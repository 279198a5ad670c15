import { createDomainEvent, type EventBus, type Logger } from '@support-graph/runtime';
import type { IssueRecord, VersionRecord } from '../domain/roadmap-records.js';
import { ROADMAP_ISSUE_CHANGED, ROADMAP_TICKET_LINKED, ROADMAP_VERSION_CHANGED, type RoadmapEventPayload } from '../events/roadmap-events.js';
import type { FixShippedNotifier } from '../notify/fix-shipped-notifier.js';
import type { RoadmapStore } from '../store/roadmap-store.js';

/**
 * What follows a saved change, whoever made it (a person offline, Jira by webhook or poll): the
 * linked tickets hear a fix shipped, and the dashboard gets a live event (best-effort).
 */
export class IssueChanges {
  constructor(
    private readonly store: RoadmapStore,
    private readonly notifier: FixShippedNotifier,
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async created(issue: IssueRecord): Promise<void> {
    await this.publish(ROADMAP_ISSUE_CHANGED, { kind: 'ISSUE_CHANGED', issueId: issue.id, issueKey: issue.key, versionId: null, ticketId: null }, issue.id);
  }

  async changed(before: IssueRecord, after: IssueRecord): Promise<void> {
    if (before.statusCategory !== 'done' && after.statusCategory === 'done') await this.notifier.issueShipped(after.id, 'done');
    if (after.fixVersionId && after.fixVersionId !== before.fixVersionId && (await this.store.findVersion(after.fixVersionId))?.released) {
      await this.notifier.issueShipped(after.id, 'released');
    }
    await this.publish(ROADMAP_ISSUE_CHANGED, { kind: 'ISSUE_CHANGED', issueId: after.id, issueKey: after.key, versionId: null, ticketId: null }, after.id);
  }

  async linked(issue: IssueRecord, ticketId: string, linked: boolean): Promise<void> {
    const kind = linked ? 'TICKET_LINKED' : 'TICKET_UNLINKED';
    await this.publish(ROADMAP_TICKET_LINKED, { kind, issueId: issue.id, issueKey: issue.key, versionId: null, ticketId }, issue.id);
  }

  async versionChanged(before: VersionRecord | null, after: VersionRecord): Promise<void> {
    if (!before?.released && after.released) {
      for (const issue of await this.store.listIssues({ fixVersionId: after.id })) await this.notifier.issueShipped(issue.id, 'released');
    }
    await this.publish(ROADMAP_VERSION_CHANGED, { kind: 'MILESTONE_CHANGED', issueId: null, issueKey: null, versionId: after.id, ticketId: null }, after.id);
  }

  private async publish(type: string, payload: RoadmapEventPayload, aggregateId: string): Promise<void> {
    try {
      await this.bus.publish(createDomainEvent(type, aggregateId, payload));
    } catch (error) {
      // Live updates are best-effort; the change itself is saved and its notifications queued.
      this.logger.warn({ err: error, type }, 'roadmap event not published');
    }
  }
}
