import { createAgentRegistry, withTriageModel, type AgentConfiguration, type AgentDependencies, type AgentRegistry, type TriageModel } from '@support-graph/support-agents';
import { experimentArm, type ExperimentArm } from '../playground/experiment-bucket.js';

/** One arm of a running experiment: the label's version and what it changes. */
export interface ExperimentArmConfiguration {
  readonly label: string;
  readonly version: number;
  readonly configure: AgentConfiguration;
}

/** An A/B experiment on one playground kind, as the agents apply it. */
export interface CatalogExperiment {
  readonly id: string;
  readonly kind: string;
  /** Percent of tickets (1–99) that get the candidate. */
  readonly candidateShare: number;
  /** The agents the kind changes: only their runs record the arm. */
  readonly agents: readonly string[];
  readonly control: ExperimentArmConfiguration;
  readonly candidate: ExperimentArmConfiguration;
}

/** What a run records of the experiment it was made in (ids, names and numbers: no customer text). */
export interface RunExperiment {
  readonly id: string;
  readonly kind: string;
  readonly arm: ExperimentArm;
  readonly label: string;
  readonly version: number;
}

/** The agents for one ticket: the registry of its arms, and which experiment (if any) each agent's run belongs to. */
export interface TicketAgents {
  readonly registry: AgentRegistry;
  experimentOf(agentName: string): RunExperiment | undefined;
}

/**
 * The agents this subgraph runs. The registry is rebuilt when a triage model becomes ready (or is
 * retrained) and when the playground's label moves a configuration the agents follow (reply
 * template, thresholds, missing-information rules, triage rules, escalation weights), so runs started after that
 * use them and runs in flight finish with the agent they had. While experiments run, each ticket
 * gets the registry of its arms (one per combination, built on first use).
 */
export class AgentCatalog {
  private current: AgentRegistry;
  private readonly experiments = new Map<string, CatalogExperiment>();
  private readonly armRegistries = new Map<string, AgentRegistry>();

  constructor(private dependencies: AgentDependencies = {}) {
    this.current = createAgentRegistry(dependencies);
  }

  /** The agents outside any experiment. */
  get registry(): AgentRegistry {
    return this.current;
  }

  useTriageModel(model: TriageModel): void {
    this.configure(withTriageModel(model));
  }

  /** Applies a followed configuration version to every arm. */
  configure(change: AgentConfiguration): void {
    this.dependencies = change(this.dependencies);
    this.current = createAgentRegistry(this.dependencies);
    this.armRegistries.clear();
  }

  /** Starts (or replaces) the experiment of its kind. */
  runExperiment(experiment: CatalogExperiment): void {
    this.experiments.set(experiment.kind, experiment);
    this.armRegistries.clear();
  }

  endExperiment(kind: string): void {
    if (this.experiments.delete(kind)) this.armRegistries.clear();
  }

  experimentOf(kind: string): CatalogExperiment | undefined {
    return this.experiments.get(kind);
  }

  forTicket(ticketId: string): TicketAgents {
    if (this.experiments.size === 0) return { registry: this.current, experimentOf: () => undefined };
    const arms = [...this.experiments.values()].map((experiment) => {
      const arm = experimentArm(experiment.id, ticketId, experiment.candidateShare);
      return { experiment, arm, configuration: experiment[arm] };
    });
    const key = arms.map(({ experiment, arm }) => `${experiment.kind}:${arm}`).join('|');
    let registry = this.armRegistries.get(key);
    if (!registry) {
      registry = createAgentRegistry(arms.reduce((dependencies, { configuration }) => configuration.configure(dependencies), this.dependencies));
      this.armRegistries.set(key, registry);
    }
    return {
      registry,
      experimentOf: (agentName) => {
        // Two experiments changing the same agent: the run names the first (docs/playground.md).
        const found = arms.find(({ experiment }) => experiment.agents.includes(agentName));
        return found && { id: found.experiment.id, kind: found.experiment.kind, arm: found.arm, label: found.configuration.label, version: found.configuration.version };
      },
    };
  }
}
