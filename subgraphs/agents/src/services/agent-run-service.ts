import { randomUUID } from 'node:crypto';
import { AdmissionGate, auditActorOf, ClientErrors, redactPii, type Identity } from '@support-graph/runtime';
import type { PeerTicket, TicketsApi } from '../peers/tickets-api.js';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import type { AgentRunExecutor } from '../runs/agent-run-executor.js';
import type { ReplyDrafts } from '../runs/reply-drafts.js';
import { AgentRunStatus, TriageReview, type AgentRunRecord } from '../store/agent-run-records.js';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { TriageModelService, TriageModelStatus } from '../triage/triage-model-service.js';
import type { TriageModelVersionRecord } from '../triage/triage-model-versions.js';
import { assertAdmin, assertMayReadRuns, assertMayRunAgents } from './agent-access.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CATEGORY = /^[a-z0-9_-]{1,100}$/;
const MAX_RUNS = 100;
/**
 * A burst of draft requests (the outside attack sent 550 at once) waits in line for one of 16 slots
 * instead of all asking the tickets subgraph at the same moment and timing out together; a request
 * that gets no slot within 20 s (well inside the gateway's request timeout) is SERVICE_UNAVAILABLE.
 */
const DRAFT_ADMISSION = { name: 'reply drafts', maxInFlight: 16, maxWaiting: 5_000, maxWaitMs: 20_000 } as const;

function validId(field: string, value: string): string {
  if (!UUID.test(value)) throw ClientErrors.badInput(field, 'must be a UUID');
  return value.toLowerCase();
}

/** The use cases behind the agents subgraph's operations: access, validation, then the runs. */
export class AgentRunService {
  private readonly draftAdmission = new AdmissionGate(DRAFT_ADMISSION);

  constructor(
    private readonly store: AgentRunStore,
    private readonly tickets: TicketsApi,
    private readonly catalog: AgentCatalog,
    private readonly executor: AgentRunExecutor,
    private readonly replies: ReplyDrafts,
    private readonly triageModel: TriageModelService,
  ) {}

  async getRun(identity: Identity, rawId: string): Promise<AgentRunRecord> {
    assertMayReadRuns(identity);
    const run = UUID.test(rawId) ? await this.store.findRun(rawId.toLowerCase()) : null;
    if (!run) throw ClientErrors.notFound('AgentRun', rawId);
    return run;
  }

  async listRuns(identity: Identity, rawTicketId: string, first: number): Promise<AgentRunRecord[]> {
    assertMayReadRuns(identity);
    if (first < 1 || first > MAX_RUNS) throw ClientErrors.badInput('first', `must be between 1 and ${MAX_RUNS}`);
    return this.store.listRuns(validId('ticketId', rawTicketId), first);
  }

  /** Runs one agent now and answers with the finished run (a failure is a FAILED run, not an error). */
  async runAgent(identity: Identity, rawTicketId: string, agentName: string): Promise<AgentRunRecord> {
    assertMayRunAgents(identity, 'run agents');
    if (!this.catalog.registry.get(agentName)) throw ClientErrors.badInput('agent', `must be one of ${this.catalog.registry.names().join(', ')}`);
    const ticket = await this.ticket(rawTicketId);
    const agents = this.catalog.forTicket(ticket.id);
    const experiment = agents.experimentOf(agentName);
    const execution = { agent: agents.registry.get(agentName)!, ticket, jobKey: '', trigger: 'request', ...(experiment ? { experiment } : {}) };
    return (await this.executor.execute(await this.executor.queue(execution), execution)).run;
  }

  /** Answers at once with the QUEUED run; the draft streams on the bus and is stored on the run when done. */
  async draftReply(identity: Identity, rawTicketId: string): Promise<AgentRunRecord> {
    assertMayRunAgents(identity, 'draft replies');
    return this.draftAdmission.run(async () => {
      const ticket = await this.ticket(rawTicketId);
      const agents = this.catalog.forTicket(ticket.id);
      const experiment = agents.experimentOf('reply-drafting');
      return this.replies.start({ agent: agents.registry.get('reply-drafting'), ticket, jobKey: '', trigger: 'request', ...(experiment ? { experiment } : {}) });
    });
  }

  async acceptTriage(identity: Identity, rawTicketId: string): Promise<{ id: string }> {
    assertMayRunAgents(identity, 'review triage');
    const ticketId = validId('ticketId', rawTicketId);
    const run = await this.latestTriageRun(ticketId);
    await this.store.updateRun(run.id, { review: TriageReview.ACCEPTED, reviewedBy: identity.subject });
    return { id: ticketId };
  }

  /**
   * A person's correction: shown on the ticket from now on, learnt by the similarity cache at once
   * and kept (with the ticket text, PII redacted) for the next retraining.
   */
  async overrideTriage(
    identity: Identity,
    rawTicketId: string,
    rawCategory: string,
    priority: string | null,
    team: string | null,
  ): Promise<{ id: string }> {
    assertMayRunAgents(identity, 'override triage');
    const category = rawCategory.trim();
    if (!CATEGORY.test(category)) throw ClientErrors.badInput('category', 'must be 1–100 characters of a-z, 0-9, _ and -');
    const trimmedTeam = team?.trim() || null;
    if (trimmedTeam !== null && trimmedTeam.length > 100) throw ClientErrors.badInput('team', 'must be at most 100 characters');
    const ticket = await this.ticket(rawTicketId);
    const runs = await this.store.listRuns(ticket.id, MAX_RUNS);
    const triageRun = runs.find((run) => run.agent === 'triage' && run.status === AgentRunStatus.SUCCEEDED) ?? null;
    const text = redactPii(`${ticket.subject}\n${ticket.description}`);
    await this.store.addOverride({
      id: randomUUID(),
      ticketId: ticket.id,
      runId: triageRun?.id ?? null,
      text,
      category,
      priority: priority?.toLowerCase() ?? null,
      team: trimmedTeam,
      actor: identity.subject,
      createdAt: new Date(),
    });
    if (triageRun) await this.store.updateRun(triageRun.id, { review: TriageReview.OVERRIDDEN, reviewedBy: identity.subject });
    this.triageModel.learn({ text, label: category });
    return { id: ticket.id };
  }

  async retrainTriage(identity: Identity): Promise<TriageModelStatus> {
    assertAdmin(identity, 'retrain triage');
    return this.triageModel.retrain('request', auditActorOf(identity));
  }

  triageModelVersions(identity: Identity): readonly TriageModelVersionRecord[] {
    assertAdmin(identity, 'list triage model versions');
    return this.triageModel.listVersions();
  }

  async rollbackTriageModel(identity: Identity, version: number): Promise<TriageModelVersionRecord> {
    assertAdmin(identity, 'roll back the triage model');
    if (!Number.isInteger(version) || version < 1) throw ClientErrors.badInput('version', 'must be a positive integer');
    return this.triageModel.rollback(version, auditActorOf(identity));
  }

  activeTriageModelVersion(): number | null {
    return this.triageModel.activeVersion();
  }

  triageModelStatus(identity: Identity): TriageModelStatus {
    assertMayReadRuns(identity);
    return this.triageModel.current();
  }

  private async ticket(rawTicketId: string): Promise<PeerTicket> {
    const ticketId = validId('ticketId', rawTicketId);
    const ticket = await this.tickets.getTicket(ticketId);
    if (!ticket) throw ClientErrors.notFound('Ticket', ticketId);
    return ticket;
  }

  private async latestTriageRun(ticketId: string): Promise<AgentRunRecord> {
    const run = (await this.store.listRuns(ticketId, MAX_RUNS)).find((candidate) => candidate.agent === 'triage' && candidate.status === AgentRunStatus.SUCCEEDED);
    if (!run) throw ClientErrors.conflict('The ticket has no triage to accept yet');
    return run;
  }
}
