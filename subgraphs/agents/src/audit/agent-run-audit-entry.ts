import { createHash } from 'node:crypto';
import type { AuditActor, AuditEntryDraft } from '@support-graph/runtime';
import type { AgentRunRecord } from '../store/agent-run-records.js';

/** Who the agents subgraph's own entries name: the AI pipeline acting as a service. */
export const AGENTS_AUDIT_ACTOR: AuditActor = Object.freeze({ subject: 'agents-subgraph', role: 'service' });

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `1.0.0+prompt.3` → `3`: agents put their prompt version in their version's build metadata. */
export function promptVersionOf(agentVersion: string): string | null {
  return /\+prompt\.([\w.-]+)$/.exec(agentVersion)?.[1] ?? null;
}

/**
 * A finished run as an audit entry: agent, versions, model, what went in (by hash) and what came
 * out (by hash, plus its size and the agent's decision labels), cost. Never the text itself.
 */
export function agentRunAuditEntry(run: AgentRunRecord): AuditEntryDraft {
  const input = JSON.parse(run.input) as { textSha256?: unknown; trigger?: unknown };
  return {
    actor: AGENTS_AUDIT_ACTOR,
    action: `agent_run.${run.status.toLowerCase()}`,
    target: { type: 'agent_run', id: run.id },
    details: {
      ticketId: run.ticketId,
      agent: run.agent,
      agentVersion: run.agentVersion,
      promptVersion: promptVersionOf(run.agentVersion),
      model: run.model,
      trigger: typeof input.trigger === 'string' ? input.trigger : null,
      inputSha256: typeof input.textSha256 === 'string' ? input.textSha256 : sha256(run.input),
      outputSha256: run.output === null ? null : sha256(run.output),
      outputCharacters: run.output?.length ?? 0,
      decision: { stage: run.stage, confidence: run.confidence, review: run.review },
      costUsd: run.costUsd,
      inputTokens: run.inputTokens,
      outputTokens: run.outputTokens,
      latencyMs: run.latencyMs,
      failed: run.error !== null,
    },
  };
}
