import type { JobQueue } from '@support-graph/runtime';
import type { IssueRecord } from '../domain/roadmap-records.js';
import type { SyncJob } from './sync-jobs.js';

/** Queues an issue's push to Jira: one job per revision, so a replayed request adds nothing and an edit is never skipped. */
export class OutboundSync {
  constructor(private readonly queue: JobQueue<SyncJob>) {}

  async push(issue: IssueRecord): Promise<void> {
    await this.queue.enqueue(`push:${issue.id}:${issue.revision}`, { kind: 'push', issueId: issue.id });
  }
}
