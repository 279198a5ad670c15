import type { Logger } from '@support-graph/runtime';
import type { RoadmapStore } from '../store/roadmap-store.js';
import type { IssueTracker } from '../tracker/issue-tracker.js';
import type { InboundSync } from './inbound-sync.js';

const CURSOR = 'jira-updated';
/** JQL compares minutes in the site's time zone: reading a little before the cursor covers rounding and clock skew; merging twice is harmless. */
const OVERLAP_MS = 5 * 60_000;
/** Where a first poll starts. */
const FIRST_LOOK_BACK_MS = 24 * 60 * 60_000;

/** The fallback for lost webhooks: every interval, what changed in Jira since the stored cursor, plus versions and sprints. */
export class JiraPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly store: RoadmapStore,
    private readonly tracker: IssueTracker,
    private readonly inbound: InboundSync,
    private readonly projectKeys: readonly string[],
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.pollNow().catch((error: unknown) => this.logger.warn({ err: error }, 'Jira poll failed; the next one retries')), this.intervalMs);
    this.timer.unref();
  }

  /** One poll; a poll already running is joined, not doubled. */
  pollNow(): Promise<void> {
    this.running ??= this.poll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async poll(): Promise<void> {
    const stored = await this.store.readCursor(CURSOR);
    const since = new Date((stored ? Date.parse(stored) : Date.now() - FIRST_LOOK_BACK_MS) - OVERLAP_MS);
    let newest = stored ? Date.parse(stored) : 0;
    for (const remote of await this.tracker.searchUpdatedSince(this.projectKeys, since)) {
      await this.inbound.applyIssue(remote);
      newest = Math.max(newest, remote.updated.getTime());
    }
    await this.inbound.pullPlan();
    if (newest > 0) await this.store.writeCursor(CURSOR, new Date(newest).toISOString());
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
