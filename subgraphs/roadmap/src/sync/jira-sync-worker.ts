import type { JobQueue, Logger } from '@support-graph/runtime';
import type { IssueRecord } from '../domain/roadmap-records.js';
import type { RoadmapStore } from '../store/roadmap-store.js';
import { TrackerUnavailableError, type IssueDraft, type IssueTracker } from '../tracker/issue-tracker.js';
import type { InboundSync } from './inbound-sync.js';
import { KeyedMutex } from './keyed-mutex.js';
import { originLabel, type SyncJob } from './sync-jobs.js';

/** Longest Retry-After a worker slot waits in place; longer ones are left to the queue's back-off. */
const MAX_RETRY_AFTER_MS = 30_000;

function draftOf(issue: IssueRecord): IssueDraft {
  return {
    projectKey: issue.projectKey,
    type: issue.type,
    summary: issue.summary,
    description: issue.description,
    labels: [...(JSON.parse(issue.labels) as string[]), originLabel(issue.id)],
    component: issue.component,
    assignee: issue.assignee,
    parentKey: issue.parentKey,
  };
}

/** Works the `roadmap-sync` queue: pushes to Jira and pulls from it. A Jira outage leaves jobs to be retried, never dropped. */
export class JiraSyncWorker {
  private readonly perIssue = new KeyedMutex();

  constructor(
    private readonly store: RoadmapStore,
    private readonly tracker: IssueTracker,
    private readonly inbound: InboundSync,
    private readonly queue: JobQueue<SyncJob>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.queue.consume(async (job) => {
      try {
        await this.handle(job.payload);
      } catch (error) {
        // Expected while Jira is down or throttling; the queue retries with back-off.
        if (error instanceof TrackerUnavailableError) {
          this.logger.warn({ kind: job.payload.kind, attempt: job.attempt, retryAfterMs: error.retryAfterMs }, 'Jira unavailable: sync job will be retried');
          // Honour Retry-After: this worker slot waits it out (capped) before the queue's own back-off, so a throttled Jira is not hammered.
          if (error.retryAfterMs) await new Promise((resolve) => setTimeout(resolve, Math.min(error.retryAfterMs!, MAX_RETRY_AFTER_MS)));
        } else this.logger.error({ err: error, kind: job.payload.kind, attempt: job.attempt }, 'sync job failed');
        throw error;
      }
    });
  }

  private async handle(job: SyncJob): Promise<void> {
    switch (job.kind) {
      case 'push':
        return this.perIssue.run(job.issueId, () => this.push(job.issueId));
      case 'pull-issue':
        return this.inbound.pullIssue(job.ref);
      case 'delete-issue':
        return this.inbound.deleteIssue(job.remoteId);
      case 'pull-plan':
        return this.inbound.pullPlan();
    }
  }

  /** Idempotent: pushes the issue as it is now, and only if an edit has not reached Jira yet. */
  private async push(issueId: string): Promise<void> {
    const issue = await this.store.findIssue(issueId);
    if (!issue || (issue.remoteId && issue.pushedRevision >= issue.revision)) return;
    const revision = issue.revision;
    const draft = draftOf(issue);
    let ref = issue.remoteId && issue.key ? { remoteId: issue.remoteId, key: issue.key } : null;
    if (ref) await this.tracker.updateIssue(ref.key, draft);
    else ref = (await this.tracker.findByLabel(originLabel(issue.id))) ?? (await this.tracker.createIssue(draft));
    // Re-read: an edit or a webhook may have landed while Jira answered.
    const current = (await this.store.findIssue(issueId)) ?? issue;
    await this.store.saveIssue({ ...current, key: ref.key, remoteId: ref.remoteId, pushedRevision: Math.max(current.pushedRevision, revision) });
    this.logger.info({ issueId, key: ref.key, revision }, 'issue pushed to Jira');
  }
}
