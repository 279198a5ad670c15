import type { EventBus, Logger, PeerClient, Unsubscribe } from '@support-graph/runtime';
import { PLAYGROUND_EXPERIMENT_CHANGED, PLAYGROUND_LABEL_MOVED, type PlaygroundLabelMovedPayload, type PlaygroundExperimentChangedPayload } from '@support-graph/feedback/playground-events';
import type { AgentConfiguration } from '@support-graph/support-agents';
import type { AgentCatalog, ExperimentArmConfiguration } from '../runs/agent-catalog.js';
import { LABELLED, RETRY_MS, type LabelledData } from './labelled-ai-config.js';

const EXPERIMENT = `query AgentsAiConfigExperiment($kind: String!) {
  aiConfigExperiment(kind: $kind) { id running candidateShare controlLabel candidateLabel }
}`;

interface ExperimentData {
  readonly aiConfigExperiment: { id: string; running: boolean; candidateShare: number; controlLabel: string; candidateLabel: string } | null;
}

export interface FollowedExperimentOptions {
  readonly playground: PeerClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly catalog: AgentCatalog;
  readonly kind: string;
  /** The agents the kind changes (their runs record the arm). */
  readonly agents: readonly string[];
  /** Validates a version's document and says what it changes; throws when the agents cannot use it. */
  readonly configure: (content: string, version: number) => AgentConfiguration;
}

/**
 * The A/B experiment of one kind, as the playground runs it: read at start, again when an
 * experiment of the kind starts or stops and when one of the kind's labels moves (an arm follows
 * its label). Both arms' versions must validate, else the agents run no split for the kind (the
 * log names kind, experiment and versions only). Runs in flight finish with the registry they had.
 */
export class FollowedExperiment {
  private retry: NodeJS.Timeout | undefined;
  private unsubscribes: Unsubscribe[] = [];
  private stopped = false;
  /** The playground runs an experiment on the kind (even when its arms were refused here): label moves matter. */
  private running = false;
  /** Refreshes run one after the other, so an older answer never overwrites a newer one. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: FollowedExperimentOptions) {}

  async start(): Promise<void> {
    const { bus, kind } = this.options;
    this.unsubscribes.push(
      await bus.subscribe(PLAYGROUND_EXPERIMENT_CHANGED, async (event) => {
        if ((event.payload as PlaygroundExperimentChangedPayload).kind === kind) await this.refresh();
      }),
      await bus.subscribe(PLAYGROUND_LABEL_MOVED, async (event) => {
        if ((event.payload as PlaygroundLabelMovedPayload).kind === kind && this.running) await this.refresh();
      }),
    );
    await this.refresh();
  }

  refresh(): Promise<void> {
    this.queue = this.queue.then(() => this.read());
    return this.queue;
  }

  private async read(): Promise<void> {
    clearTimeout(this.retry);
    const { playground, catalog, kind, logger } = this.options;
    try {
      const { aiConfigExperiment: experiment } = await playground.request<ExperimentData>(EXPERIMENT, { kind });
      this.running = experiment?.running ?? false;
      if (!experiment?.running) {
        if (catalog.experimentOf(kind)) logger.info({ kind }, 'AI configuration experiment ended');
        catalog.endExperiment(kind);
        return;
      }
      const [control, candidate] = await Promise.all([this.arm(experiment.controlLabel), this.arm(experiment.candidateLabel)]);
      if (!control || !candidate) {
        catalog.endExperiment(kind);
        logger.warn({ kind, experimentId: experiment.id }, 'AI configuration experiment not applied: an arm has no usable version');
        return;
      }
      catalog.runExperiment({ id: experiment.id, kind, candidateShare: experiment.candidateShare, agents: this.options.agents, control, candidate });
      logger.info({ kind, experimentId: experiment.id, candidateShare: experiment.candidateShare, control: control.version, candidate: candidate.version }, 'AI configuration experiment applied');
    } catch (error) {
      if (this.stopped) return;
      logger.debug({ err: error, kind }, 'AI configuration experiment not readable yet');
      this.retry = setTimeout(() => void this.refresh(), RETRY_MS);
      this.retry.unref();
    }
  }

  /** The label's version as an arm; undefined when it points nowhere or does not validate. */
  private async arm(label: string): Promise<ExperimentArmConfiguration | undefined> {
    const { aiConfigLabelled: labelled } = await this.options.playground.request<LabelledData>(LABELLED, { kind: this.options.kind, label });
    if (!labelled) return undefined;
    try {
      return { label, version: labelled.number, configure: this.options.configure(labelled.content, labelled.number) };
    } catch {
      // The parser's message may quote the document: only kind, label and version are logged.
      this.options.logger.warn({ kind: this.options.kind, label, version: labelled.number }, 'experiment arm refused: its version does not validate');
      return undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await Promise.all(this.unsubscribes.map((unsubscribe) => unsubscribe()));
  }
}
