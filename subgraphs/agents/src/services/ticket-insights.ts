import type { EscalationResult, LanguageResult, MissingInformationResult, SentimentResult, TriageResult } from '@support-graph/support-agents';
import type { AgentResultRecord, TriageOverrideRecord } from '../store/agent-run-records.js';
import type { MissingInformationType, TicketEscalationType, TicketLanguageType, TicketSentimentType, TicketTriageType } from '../schema/object-types.js';
import type { SentimentLabel, TicketPriority } from '../schema/enums.js';

/** The agents whose newest result the Ticket's AI fields show; drafts and suggestions (large outputs) are not read for them. */
export const INSIGHT_AGENTS: readonly string[] = ['triage', 'sentiment', 'missing-information', 'escalation', 'language'];

/** The newest succeeded run of each agent on one ticket. */
export type LatestRuns = ReadonlyMap<string, AgentResultRecord>;

function resultOf<TResult>(runs: LatestRuns, agent: string): { run: AgentResultRecord; result: TResult } | null {
  const run = runs.get(agent);
  return run?.output ? { run, result: JSON.parse(run.output) as TResult } : null;
}

const priority = (value: string): TicketPriority => value.toUpperCase() as TicketPriority;

/** A person's override wins over every later automatic run: a human decision is not re-decided by a machine. */
export function presentTriage(runs: LatestRuns, override: TriageOverrideRecord | null): TicketTriageType | null {
  const latest = resultOf<TriageResult>(runs, 'triage');
  if (override) {
    return {
      category: override.category,
      priority: priority(override.priority ?? latest?.result.priority ?? 'normal'),
      team: override.team ?? latest?.result.team ?? 'general-support',
      decidedBy: 'human',
      confidence: 1,
      escalated: false,
      accepted: false,
      overridden: true,
      runId: override.runId,
    };
  }
  if (!latest) return null;
  const { run, result } = latest;
  return {
    category: result.category,
    priority: priority(result.priority),
    team: result.team,
    decidedBy: result.decidedBy,
    confidence: run.confidence ?? 0,
    escalated: result.escalated,
    accepted: run.review === 'ACCEPTED',
    overridden: false,
    runId: run.id,
  };
}

export function presentSentiment(runs: LatestRuns): TicketSentimentType | null {
  const latest = resultOf<SentimentResult>(runs, 'sentiment');
  if (!latest) return null;
  const { label, score, frustration, urgency, cues } = latest.result;
  return { label: label.toUpperCase() as SentimentLabel, score, frustration, urgency, cues };
}

export function presentMissingInformation(runs: LatestRuns): MissingInformationType | null {
  const latest = resultOf<MissingInformationResult>(runs, 'missing-information');
  if (!latest) return null;
  const { complete, missing, askMessage } = latest.result;
  return { complete, missing, askMessage: askMessage ?? null };
}

export function presentEscalation(runs: LatestRuns): TicketEscalationType | null {
  const latest = resultOf<EscalationResult>(runs, 'escalation');
  if (!latest) return null;
  const { escalate, score, reasons, handoffSummary } = latest.result;
  return { escalate, score, reasons, handoffSummary };
}

export function presentLanguage(runs: LatestRuns): TicketLanguageType | null {
  const latest = resultOf<LanguageResult>(runs, 'language');
  return latest ? { code: latest.result.language, confidence: latest.result.confidence } : null;
}
