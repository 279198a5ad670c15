import { createAgentRegistry, type AgentDependencies, type AgentRegistry, type ReplyTemplate, type TriageModel } from '@support-graph/support-agents';

/**
 * The agents this subgraph runs. The registry is rebuilt when a triage model becomes ready (or is
 * retrained) and when the playground's label moves the reply template, so runs started after that
 * use them and runs in flight finish with the agent they had.
 */
export class AgentCatalog {
  private current: AgentRegistry;

  constructor(private dependencies: AgentDependencies = {}) {
    this.current = createAgentRegistry(dependencies);
  }

  get registry(): AgentRegistry {
    return this.current;
  }

  useTriageModel(model: TriageModel): void {
    this.rebuild({ ...this.dependencies, triage: { ...this.dependencies.triage, model } });
  }

  useReplyTemplate(template: ReplyTemplate): void {
    this.rebuild({ ...this.dependencies, 'reply-drafting': { ...this.dependencies['reply-drafting'], template } });
  }

  private rebuild(dependencies: AgentDependencies): void {
    this.dependencies = dependencies;
    this.current = createAgentRegistry(dependencies);
  }
}
