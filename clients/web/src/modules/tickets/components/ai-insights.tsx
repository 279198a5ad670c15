import { SENTIMENT_LABELS } from '../sentiment-labels';
import type { TicketDetail } from '../ticket-types';

/** Which cascade stage decided, in words (docs/subgraphs/agents.md). */
const DECIDED_BY: Readonly<Record<string, string>> = {
  rules: 'the rules',
  cache: 'similar resolved tickets',
  ml: 'the classifier',
  llm: 'the language model',
  human: 'a person',
};

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** What the AI agents concluded: triage (and the cascade stage that decided), sentiment, missing information, escalation. */
export function AiInsights({ ticket }: { ticket: TicketDetail }) {
  const { triage, sentiment, missingInformation, escalation } = ticket;
  return (
    <section className="ai-insights" aria-label="AI triage">
      {triage ? (
        <p className="badges">
          <span className="badge triage">Team {triage.teamName}</span>
          <span className="badge triage">Category {triage.categoryName ?? 'none decided'}</span>
          {/* The ticket's own priority is in the header; only a different suggestion is worth a chip. */}
          {triage.priority !== ticket.priority ? <span className="badge triage">Suggests priority {triage.priority.toLowerCase()}</span> : null}
          {triage.escalated ? (
            <span className="badge stage warning" title="No triage stage was sure enough">
              Decided by no stage: a person should pick the category
            </span>
          ) : (
            <span className="badge stage" title="The triage stage that decided">
              Decided by {DECIDED_BY[triage.decidedBy] ?? triage.decidedBy} ({percent(triage.confidence)})
            </span>
          )}
          {triage.overridden ? <span className="badge">corrected</span> : triage.accepted ? <span className="badge">confirmed</span> : null}
        </p>
      ) : (
        <p className="muted">Triage has not run yet.</p>
      )}
      {sentiment ? (
        <p className="badges">
          <span className={`badge sentiment-${sentiment.label.toLowerCase()}`}>{SENTIMENT_LABELS[sentiment.label]}</span>
          <span className="badge">Frustration {percent(sentiment.frustration)}</span>
          {sentiment.cues.length > 0 ? <span className="muted">cues: {sentiment.cues.join(', ')}</span> : null}
        </p>
      ) : null}
      {missingInformation && !missingInformation.complete ? (
        <div className="missing-information">
          <span className="badge warning">Missing information</span>
          <ul>
            {missingInformation.missing.map((item) => (
              <li key={item.key}>{item.label}</li>
            ))}
          </ul>
        </div>
      ) : missingInformation ? (
        <p className="badges">
          <span className="badge ok">Information complete</span>
        </p>
      ) : null}
      {escalation?.escalate ? (
        <div className="escalation">
          <span className="badge warning">Escalation advised ({escalation.reasons.join(', ')})</span>
          <p>{escalation.handoffSummary}</p>
        </div>
      ) : null}
    </section>
  );
}
