import { replyTemplateFromDocument, type ReplyTemplate } from '@support-graph/support-agents';
import type { EventBus, Logger, PeerClient, Unsubscribe } from '@support-graph/runtime';
import { PLAYGROUND_LABEL_MOVED, type PlaygroundLabelMovedPayload } from '@support-graph/feedback/playground-events';

const LABELLED = `query AgentsLabelledReplyTemplate($kind: String!, $label: String!) {
  aiConfigLabelled(kind: $kind, label: $label) { number content }
}`;

interface LabelledData {
  readonly aiConfigLabelled: { readonly number: number; readonly content: string } | null;
}

const KIND = 'reply-template';
/** Until the playground answers (it may start after us), ask again this often. */
const RETRY_MS = 5_000;

export interface LabelledReplyTemplateOptions {
  readonly playground: PeerClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** The label the agents draft with. Default: production. */
  readonly label?: string;
  /** Called with each new version (the agent catalog rebuilds its drafting agent). */
  readonly onTemplate: (template: ReplyTemplate) => void;
}

/**
 * The reply template the agents draft with: the version the playground's label points at, read
 * from the feedback subgraph and kept until the label moves (a `playground.label_moved` event on
 * the bus), so a promotion or a rollback takes effect without a restart. Until the first read
 * succeeds the built-in template stays in force.
 */
export class LabelledReplyTemplate {
  private current: number | undefined;
  private retry: NodeJS.Timeout | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private stopped = false;
  private readonly label: string;

  constructor(private readonly options: LabelledReplyTemplateOptions) {
    this.label = options.label ?? 'production';
  }

  get version(): number | undefined {
    return this.current;
  }

  async start(): Promise<void> {
    this.unsubscribe = await this.options.bus.subscribe(PLAYGROUND_LABEL_MOVED, async (event) => {
      const moved = event.payload as PlaygroundLabelMovedPayload;
      if (moved.kind === KIND && moved.label === this.label) await this.refresh();
    });
    await this.refresh();
  }

  /** Reads the labelled version; on failure keeps the current one and tries again shortly. */
  async refresh(): Promise<void> {
    clearTimeout(this.retry);
    try {
      const data = await this.options.playground.request<LabelledData>(LABELLED, { kind: KIND, label: this.label });
      const labelled = data.aiConfigLabelled;
      if (!labelled || labelled.number === this.current) return;
      this.options.onTemplate(replyTemplateFromDocument(labelled.content, `${labelled.number}`));
      this.current = labelled.number;
      this.options.logger.info({ version: labelled.number, label: this.label }, 'reply template changed');
    } catch (error) {
      if (this.stopped) return;
      this.options.logger.debug({ err: error }, 'labelled reply template not readable yet: the current one stays');
      this.retry = setTimeout(() => void this.refresh(), RETRY_MS);
      this.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.unsubscribe?.();
  }
}
