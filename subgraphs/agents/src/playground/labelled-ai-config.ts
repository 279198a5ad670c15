import type { EventBus, Logger, PeerClient, Unsubscribe } from '@support-graph/runtime';
import { PLAYGROUND_LABEL_MOVED, type PlaygroundLabelMovedPayload } from '@support-graph/feedback/playground-events';

export const LABELLED = `query AgentsLabelledAiConfig($kind: String!, $label: String!) {
  aiConfigLabelled(kind: $kind, label: $label) { number content }
}`;

export interface LabelledData {
  readonly aiConfigLabelled: { readonly number: number; readonly content: string } | null;
}

/** Until the playground answers (it may start after us), ask again this often. */
export const RETRY_MS = 5_000;

export interface LabelledAiConfigOptions<T> {
  readonly playground: PeerClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** The playground kind followed (`reply-template`, `thresholds`, …). */
  readonly kind: string;
  /** The label the agents follow. Default: production. */
  readonly label?: string;
  /** Validates and compiles a version's document; throws when the agents cannot use it. */
  readonly parse: (content: string, version: number) => T;
  /** Called with each new valid version (the agent catalog rebuilds the agents that use it). */
  readonly apply: (value: T) => void;
  /**
   * The playground's seed (version 1) holds the repository defaults. When the deployment's own
   * configuration also sets this kind (thresholds from TRIAGE_*_THRESHOLD), the configuration stays in
   * force until a lead promotes a later version; a later rollback to the seed does apply it.
   */
  readonly configurationOverSeed?: boolean;
}

/** The number of the version the playground seeds from the repository. */
const SEED_VERSION = 1;

/**
 * One kind of AI configuration the agents take from the playground: the version its label points
 * at, read from the feedback subgraph and kept until the label moves (a `playground.label_moved`
 * event on the bus), so a promotion or a rollback takes effect without a restart. Until the first
 * read succeeds the built-in configuration stays in force; a version that does not validate is
 * refused and the one in force is kept (the log names kind and version, never the content).
 */
export class LabelledAiConfig<T> {
  private current: number | undefined;
  private refused: number | undefined;
  private retry: NodeJS.Timeout | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private stopped = false;
  private readonly label: string;

  constructor(private readonly options: LabelledAiConfigOptions<T>) {
    this.label = options.label ?? 'production';
  }

  get version(): number | undefined {
    return this.current;
  }

  async start(): Promise<void> {
    this.unsubscribe = await this.options.bus.subscribe(PLAYGROUND_LABEL_MOVED, async (event) => {
      const moved = event.payload as PlaygroundLabelMovedPayload;
      if (moved.kind === this.options.kind && moved.label === this.label) await this.refresh();
    });
    await this.refresh();
  }

  /** Reads the labelled version; on failure keeps the current one and tries again shortly. */
  async refresh(): Promise<void> {
    clearTimeout(this.retry);
    const { kind, logger } = this.options;
    let labelled: LabelledData['aiConfigLabelled'];
    try {
      labelled = (await this.options.playground.request<LabelledData>(LABELLED, { kind, label: this.label })).aiConfigLabelled;
    } catch (error) {
      if (this.stopped) return;
      logger.debug({ err: error, kind }, 'labelled AI configuration not readable yet: the current one stays');
      this.retry = setTimeout(() => void this.refresh(), RETRY_MS);
      this.retry.unref();
      return;
    }
    if (!labelled || labelled.number === this.current || labelled.number === this.refused) return;
    if (this.options.configurationOverSeed && this.current === undefined && labelled.number === SEED_VERSION) return;
    let value: T;
    try {
      value = this.options.parse(labelled.content, labelled.number);
    } catch {
      // The parser's message may quote the document: only kind and version are logged.
      this.refused = labelled.number;
      logger.warn({ kind, version: labelled.number, label: this.label, kept: this.current ?? 'built-in' }, 'labelled AI configuration refused: it does not validate');
      return;
    }
    this.options.apply(value);
    this.current = labelled.number;
    this.refused = undefined;
    logger.info({ kind, version: labelled.number, label: this.label }, 'labelled AI configuration changed');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.unsubscribe?.();
  }
}
