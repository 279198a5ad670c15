import { randomUUID } from 'node:crypto';
import type { AgentOutput, EarlierAgentResults, KnowledgeRetriever, LlmProvider, SupportAgent } from '@support-graph/support-agents';
import { createDomainEvent, inSpan, SERVICE_ATTRIBUTE, type EventBus } from '@support-graph/runtime';
import { AGENT_RUN_UPDATED, type AgentRunUpdatedPayload } from '../events/agents-events.js';
import { AgentRunStatus, type AgentRunRecord } from '../store/agent-run-records.js';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { PeerTicket } from '../peers/tickets-api.js';
import type { RunExperiment } from './agent-catalog.js';
import { summariseRunInput } from './run-input-summary.js';

export interface AgentExecution<TResult> {
  readonly agent: SupportAgent<TResult>;
  readonly ticket: PeerTicket;
  /** Idempotency key of the run (see AgentRunRecord.jobKey). */
  readonly jobKey: string;
  /** Why it runs: the event type, or `request` for a person's mutation. */
  readonly trigger: string;
  readonly earlier?: EarlierAgentResults;
  readonly onDelta?: (text: string) => void;
  /** The experiment arm whose configuration `agent` was built with (AgentCatalog.forTicket). */
  readonly experiment?: RunExperiment;
}

/** A stored succeeded run, in the shape agents pass each other as earlier results. */
function outputOf<TResult>(run: AgentRunRecord): AgentOutput<TResult> {
  return {
    result: JSON.parse(run.output ?? 'null') as TResult,
    confidence: run.confidence ?? 0,
    ...(run.stage ? { stage: run.stage } : {}),
    usage: { inputTokens: run.inputTokens, outputTokens: run.outputTokens, costUsd: run.costUsd, model: run.model ?? 'local' },
    latencyMs: run.latencyMs ?? 0,
    trace: [],
  };
}

/** Runs one agent on one ticket and records the run: QUEUED → RUNNING → SUCCEEDED | FAILED, each change on the bus. */
export class AgentRunExecutor {
  constructor(
    private readonly store: AgentRunStore,
    private readonly bus: EventBus,
    private readonly knowledge: KnowledgeRetriever,
    private readonly llm: LlmProvider,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Saves the run as QUEUED (or finds the one already saved under its job key). */
  async queue<TResult>(execution: AgentExecution<TResult>): Promise<AgentRunRecord> {
    const id = randomUUID();
    const run = await this.store.createRun({
      id,
      ticketId: execution.ticket.id,
      agent: execution.agent.name,
      agentVersion: execution.agent.version,
      status: AgentRunStatus.QUEUED,
      jobKey: execution.jobKey || `request:${id}`,
      input: summariseRunInput(execution.ticket, execution.trigger),
      output: null,
      confidence: null,
      stage: null,
      costUsd: null,
      inputTokens: 0,
      outputTokens: 0,
      latencyMs: null,
      model: null,
      error: null,
      review: null,
      reviewedBy: null,
      createdAt: this.now(),
      finishedAt: null,
      experimentId: execution.experiment?.id ?? null,
      experimentKind: execution.experiment?.kind ?? null,
      experimentArm: execution.experiment?.arm ?? null,
      experimentLabel: execution.experiment?.label ?? null,
      experimentVersion: execution.experiment?.version ?? null,
    });
    if (run.id === id) await this.announce(run);
    return run;
  }

  /** Runs a queued run to its end; an agent failure is recorded on the run (FAILED), not thrown. */
  /** One `agent.run <agent>` span per execution (pipeline, runAgent, draftReply alike). */
  execute<TResult>(run: AgentRunRecord, execution: AgentExecution<TResult>): Promise<{ run: AgentRunRecord; output?: AgentOutput<TResult> }> {
    return inSpan(`agent.run ${execution.agent.name}`, { attributes: { [SERVICE_ATTRIBUTE]: 'agents', 'agent.name': execution.agent.name } }, () => this.executeRun(run, execution));
  }

  private async executeRun<TResult>(run: AgentRunRecord, execution: AgentExecution<TResult>): Promise<{ run: AgentRunRecord; output?: AgentOutput<TResult> }> {
    await this.announce(await this.store.updateRun(run.id, { status: AgentRunStatus.RUNNING, agentVersion: execution.agent.version }));
    try {
      const output = await execution.agent.run({
        ticket: execution.ticket,
        knowledge: this.knowledge,
        llm: this.llm,
        now: this.now,
        ...(execution.earlier ? { earlier: execution.earlier } : {}),
        ...(execution.onDelta ? { onDelta: execution.onDelta } : {}),
      });
      const finished = await this.store.updateRun(run.id, {
        status: AgentRunStatus.SUCCEEDED,
        output: JSON.stringify(output.result),
        confidence: output.confidence,
        stage: output.stage ?? null,
        costUsd: output.usage.costUsd,
        inputTokens: output.usage.inputTokens,
        outputTokens: output.usage.outputTokens,
        latencyMs: Math.round(output.latencyMs * 1000) / 1000,
        model: output.usage.model,
        finishedAt: this.now(),
      });
      await this.announce(finished);
      return { run: finished, output };
    } catch (error) {
      const failed = await this.store.updateRun(run.id, {
        status: AgentRunStatus.FAILED,
        // The message only: a stack or a vendor payload has no place in a stored, client-visible field.
        error: error instanceof Error ? error.message.slice(0, 500) : 'agent failed',
        finishedAt: this.now(),
      });
      await this.announce(failed);
      return { run: failed };
    }
  }

  /**
   * The pipeline's step: the output of the run under `jobKey`, running it unless it already
   * succeeded (a redelivered event or a job resumed after a crash reuses it). Throws when the
   * agent fails, so the job is retried.
   */
  async runOnce<TResult>(execution: AgentExecution<TResult>): Promise<AgentOutput<TResult>> {
    const existing = await this.store.findRunByJobKey(execution.jobKey);
    if (existing?.status === AgentRunStatus.SUCCEEDED) return outputOf<TResult>(existing);
    const { run, output } = await this.execute(existing ?? (await this.queue(execution)), execution);
    if (!output) throw new Error(`agent ${execution.agent.name} failed on ticket ${execution.ticket.id}: ${run.error ?? 'unknown error'}`);
    return output;
  }

  private async announce(run: AgentRunRecord): Promise<void> {
    await this.bus.publish(
      createDomainEvent<AgentRunUpdatedPayload>(AGENT_RUN_UPDATED, run.id, { runId: run.id, ticketId: run.ticketId, agent: run.agent, status: run.status }),
    );
  }
}
