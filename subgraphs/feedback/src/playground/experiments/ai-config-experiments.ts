import { randomUUID } from 'node:crypto';
import { auditActorOf, ClientErrors, createDomainEvent, type AuditLog, type EventBus, type Identity } from '@support-graph/runtime';
import { isAiConfigKind, type AiConfigKind } from '../configs/ai-config-kinds.js';
import { PlaygroundErrors } from '../playground-errors.js';
import { PLAYGROUND_EXPERIMENT_CHANGED, type PlaygroundExperimentChangedPayload } from '../playground-events.js';
import { LABEL_NAME, PRODUCTION_LABEL } from '../versions/config-version.js';
import type { VersionStore } from '../versions/version-store.js';
import type { ConfigExperiment } from './config-experiment.js';
import { experimentResults, type ExperimentResults, type ExperimentSignals } from './experiment-results.js';
import type { ExperimentRunTally } from './experiment-run-tally.js';
import type { ExperimentStore } from './experiment-store.js';

/** The kinds the agents apply through their catalog (subgraphs/agents/src/playground/followed-ai-configs.ts): only these can be split (not the model choice: one LLM port serves every ticket). */
export const EXPERIMENT_KINDS: readonly AiConfigKind[] = ['reply-template', 'thresholds', 'missing-information-rules', 'triage-rules', 'escalation-weights'];

export interface ExperimentDependencies {
  readonly experiments: ExperimentStore;
  readonly versions: VersionStore;
  readonly audit: AuditLog;
  readonly events: EventBus;
  /** The feedback store: draft ratings with their arm, and CSAT. */
  readonly signals: ExperimentSignals;
  /** The agents' per-arm run counts; absent where the playground runs without the agents. */
  readonly runTally?: ExperimentRunTally;
  readonly now?: () => Date;
}

export interface ExperimentRequest {
  readonly kind: string;
  readonly controlLabel?: string;
  readonly candidateLabel: string;
  readonly candidateShare: number;
}

/**
 * A/B experiments on the configuration the agents follow: an admin splits a kind's traffic between
 * two labels; the agents pick the arm per ticket. Start and stop are audited and published on the
 * bus so the agents switch without a restart.
 */
export class AiConfigExperiments {
  private readonly now: () => Date;

  constructor(private readonly deps: ExperimentDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The running experiment of `kind`, else the last stopped one, else null. */
  async experiment(kind: string): Promise<ConfigExperiment | null> {
    return (await this.deps.experiments.latest(checkedKind(kind))) ?? null;
  }

  results(experiment: ConfigExperiment): Promise<ExperimentResults> {
    return experimentResults(experiment, this.deps.signals, this.deps.runTally);
  }

  async start(identity: Identity, request: ExperimentRequest): Promise<ConfigExperiment> {
    assertAdmin(identity);
    const kind = checkedKind(request.kind);
    const controlLabel = request.controlLabel ?? PRODUCTION_LABEL;
    const { candidateLabel, candidateShare } = request;
    if (!LABEL_NAME.test(controlLabel) || !LABEL_NAME.test(candidateLabel)) throw PlaygroundErrors.invalidLabel();
    if (controlLabel === candidateLabel) throw ClientErrors.badInput('candidate', 'must be another label than the control');
    if (!Number.isInteger(candidateShare) || candidateShare < 1 || candidateShare > 99) throw ClientErrors.badInput('candidateShare', 'a whole percent from 1 to 99');
    const [control, candidate] = await Promise.all([this.deps.versions.label(kind, controlLabel), this.deps.versions.label(kind, candidateLabel)]);
    if (!control) throw ClientErrors.badInput('control', `the label "${controlLabel}" points at no version of ${kind}`);
    if (!candidate) throw ClientErrors.badInput('candidate', `the label "${candidateLabel}" points at no version of ${kind}`);
    const experiment: ConfigExperiment = {
      id: randomUUID(),
      kind,
      controlLabel,
      candidateLabel,
      candidateShare,
      controlVersionAtStart: control.version,
      candidateVersionAtStart: candidate.version,
      startedBy: identity.subject,
      startedAt: this.now().toISOString(),
      stoppedBy: null,
      stoppedAt: null,
    };
    if (!(await this.deps.experiments.start(experiment))) throw ClientErrors.conflict(`An experiment on ${kind} is running already: stop it first`);
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: 'playground.experiment_started',
        target: { type: 'ai_config_experiment', id: experiment.id },
        details: { kind, control: controlLabel, candidate: candidateLabel, candidateShare, controlVersion: control.version, candidateVersion: candidate.version },
      },
    ]);
    await this.publish(experiment, true);
    return experiment;
  }

  async stop(identity: Identity, kind: string): Promise<ConfigExperiment> {
    assertAdmin(identity);
    const stopped = await this.deps.experiments.stop(checkedKind(kind), identity.subject, this.now().toISOString());
    if (!stopped) throw ClientErrors.conflict(`No experiment on ${kind} is running`);
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: 'playground.experiment_stopped',
        target: { type: 'ai_config_experiment', id: stopped.id },
        details: { kind: stopped.kind, control: stopped.controlLabel, candidate: stopped.candidateLabel, candidateShare: stopped.candidateShare },
      },
    ]);
    await this.publish(stopped, false);
    return stopped;
  }

  private async publish(experiment: ConfigExperiment, running: boolean): Promise<void> {
    const payload: PlaygroundExperimentChangedPayload = { kind: experiment.kind, experimentId: experiment.id, running, candidateShare: experiment.candidateShare };
    await this.deps.events.publish(createDomainEvent(PLAYGROUND_EXPERIMENT_CHANGED, experiment.kind, payload));
  }
}

function checkedKind(kind: string): AiConfigKind {
  if (!isAiConfigKind(kind)) throw PlaygroundErrors.unknownKind(kind);
  if (!EXPERIMENT_KINDS.includes(kind)) throw ClientErrors.badInput('kind', `the agents do not follow ${kind}; experiments run on ${EXPERIMENT_KINDS.join(', ')}`);
  return kind;
}

/** The field rules let only admins reach the mutations; this holds for any other caller of the service too. */
function assertAdmin(identity: Identity): void {
  if (identity.role !== 'admin') throw ClientErrors.forbidden('Only an admin starts or stops an experiment');
}
