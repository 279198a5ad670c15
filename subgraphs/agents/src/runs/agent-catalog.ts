import { createAgentRegistry, type AgentDependencies, type AgentRegistry, type TriageModel } from '@support-graph/support-agents';

/**
 * The agents this subgraph runs. The registry is rebuilt when a triage model becomes ready (or is
 * retrained), so runs started after that use it and runs in flight finish with the agent they had.
 */
export class AgentCatalog {
  private current: AgentRegistry;

  constructor(private readonly dependencies: AgentDependencies = {}) {
    this.current = createAgentRegistry(dependencies);
  }

  get registry(): AgentRegistry {
    return this.current;
  }

  useTriageModel(model: TriageModel): void {
    this.current = createAgentRegistry({ ...this.dependencies, triage: { ...this.dependencies.triage, model } });
  }
}
