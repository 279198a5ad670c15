import {
  createAgentRegistry,
  type AgentDependencies,
  type AgentRegistry,
  type EscalationSignalsDocument,
  type LabelledThresholds,
  type MissingInformationRules,
  type ReplyTemplate,
  type TriageModel,
  type TriageRules,
  type TriageStage,
} from '@support-graph/support-agents';

/**
 * The agents this subgraph runs. The registry is rebuilt when a triage model becomes ready (or is
 * retrained) and when the playground's label moves a configuration the agents follow (reply
 * template, thresholds, missing-information rules, triage rules, escalation weights), so runs started after that
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

  useThresholds(thresholds: LabelledThresholds): void {
    const { triage, escalation } = this.dependencies;
    this.rebuild({
      ...this.dependencies,
      triage: { ...triage, thresholds: { ...triage?.thresholds, ...thresholds.triage } },
      escalation: { ...escalation, threshold: thresholds.escalation },
    });
  }

  /** The escalation agent's phrases and weights (the playground's `escalation-weights` kind). */
  useEscalationWeights(signals: EscalationSignalsDocument): void {
    this.rebuild({ ...this.dependencies, escalation: { ...this.dependencies.escalation, signals } });
  }

  useMissingInformationRules(rules: MissingInformationRules): void {
    this.rebuild({ ...this.dependencies, 'missing-information': { ...this.dependencies['missing-information'], rules } });
  }

  /** `extraStages`: the stages after the built-in ones rebuilt for these rules (the LLM stage allows their categories). */
  useTriageRules(rules: TriageRules, extraStages?: readonly TriageStage[]): void {
    this.rebuild({ ...this.dependencies, triage: { ...this.dependencies.triage, rules, ...(extraStages ? { extraStages } : {}) } });
  }

  private rebuild(dependencies: AgentDependencies): void {
    this.dependencies = dependencies;
    this.current = createAgentRegistry(dependencies);
  }
}
