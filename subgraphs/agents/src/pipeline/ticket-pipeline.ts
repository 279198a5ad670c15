import {
  AGENT_REGISTRATIONS,
  earlierResultsFor,
  orderByReads,
  type AgentName,
  type AgentOutput,
  type AgentResultOf,
  type AutoReplyPolicy,
  type MissingInformationResult,
  type ReadableAgent,
} from '@support-graph/support-agents';
import { aiOutcomes, PeerRequestError, triageDecisions, type Logger, type QueuedJob } from '@support-graph/runtime';
import type { PeerTicket, PipelineTicketStatus, TicketsApi } from '../peers/tickets-api.js';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import type { AgentRunExecutor } from '../runs/agent-run-executor.js';
import type { ReplyDrafts } from '../runs/reply-drafts.js';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { TicketPipelineJob } from './ticket-pipeline-job.js';

/**
 * What the pipeline did with a new ticket, for the AI resolution and escalation rates: `answered` by
 * a grounded draft sent to the customer, `escalated` to a person, `asked_customer` for what is
 * missing, or `left_to_team` (a holding reply or none).
 */
function outcomeOf(escalated: boolean, complete: boolean, reply: { kind: 'draft' | 'holding' } | null): string {
  if (escalated) return 'escalated';
  if (!complete) return 'asked_customer';
  return reply?.kind === 'draft' ? 'answered' : 'left_to_team';
}

/** Tickets the pipeline leaves alone: the work on them is over. */
const FINISHED = new Set(['RESOLVED', 'CLOSED']);

export interface TicketPipelineOptions {
  readonly tickets: TicketsApi;
  readonly executor: AgentRunExecutor;
  readonly catalog: AgentCatalog;
  readonly store: AgentRunStore;
  readonly replies: ReplyDrafts;
  /** Whether the triage model (similarity cache and classifier) is loaded, not just the rules. */
  readonly triageIsFinal: () => boolean;
  /** Draft a reply after the analysis. Default off (AGENTS_AUTO_DRAFT_REPLY). */
  readonly autoDraftReply: boolean;
  /** Which new tickets get an automatic reply (support_agents/rules/auto-replies.yaml, AGENTS_AUTO_REPLY). */
  readonly autoReplies: AutoReplyPolicy;
  readonly logger: Logger;
}

/** The agents that run on every ticket, and what each reads, from the registry's declarations. */
const PIPELINE_AGENTS = AGENT_REGISTRATIONS.filter((registration) => registration.runsOnEveryTicket !== false);
const READS = new Map<string, readonly ReadableAgent[]>(AGENT_REGISTRATIONS.map((registration) => [registration.name, registration.reads]));

/**
 * What happens to a ticket when it arrives or the customer writes: every agent that runs on every
 * ticket, each after the agents it declares it reads (stages from `orderByReads`; agents of one
 * stage at once); then at most one action: hand it to a person (ESCALATED, with the handoff summary
 * on the escalation run) or ask the customer for what is missing (PENDING_CUSTOMER). Every step is
 * keyed by (event id, agent) and every action by (event id, action), so a job run twice has the
 * effect of one.
 */
export class TicketPipeline {
  /** Computed once: reads that cannot be ordered (a cycle, an agent that does not run) stop the subgraph at start-up. */
  private readonly stages: readonly (readonly AgentName[])[] = orderByReads(PIPELINE_AGENTS) as AgentName[][];

  constructor(private readonly options: TicketPipelineOptions) {}

  async handle(job: QueuedJob<TicketPipelineJob>): Promise<void> {
    const { eventId, ticketId, trigger } = job.payload;
    const ticket = await this.options.tickets.getTicket(ticketId);
    if (!ticket || FINISHED.has(ticket.status)) return;
    // The ticket's experiment arms, chosen once: every agent of this job runs with the same ones.
    const ticketAgents = this.options.catalog.forTicket(ticket.id);
    const agents = ticketAgents.registry;
    const experimentOf = (name: string) => {
      const experiment = ticketAgents.experimentOf(name);
      return experiment ? { experiment } : {};
    };
    const results = new Map<string, AgentOutput<unknown>>();
    const resultOf = <TName extends AgentName>(name: TName) => results.get(name) as AgentOutput<AgentResultOf<TName>>;

    for (const stage of this.stages) {
      await Promise.all(
        stage.map(async (name) => {
          const agent = agents.get(name as string);
          if (!agent) throw new Error(`agent ${name} is not in the registry`);
          const earlier = earlierResultsFor(this.readsOf(name, results), results);
          results.set(name, await this.options.executor.runOnce({ agent, ticket, jobKey: `${eventId}:${name}`, trigger, earlier, ...experimentOf(name) }));
        }),
      );
    }
    const escalation = resultOf('escalation');
    const missingInformation = resultOf('missing-information');

    if (escalation.result.escalate) await this.escalate(ticket, eventId);
    else await this.askForMissing(ticket, eventId, missingInformation);

    // Only the first contact is answered automatically: after it, the conversation is the team's.
    const triage = resultOf('triage');
    const language = resultOf('language');
    const replyMode = trigger === 'ticket.created' ? this.options.autoReplies.modeFor(triage.result.category) : 'off';
    let reply: ReturnType<AutoReplyPolicy['replyFor']> = null;
    if (!escalation.result.escalate && missingInformation.result.complete) {
      const wantsDraft = this.options.autoDraftReply || this.options.autoReplies.needsDraft(replyMode);
      const earlier = earlierResultsFor(READS.get('reply-drafting') ?? [], results);
      const draft = wantsDraft ? await this.options.replies.draft({ agent: agents.get('reply-drafting'), ticket, jobKey: `${eventId}:reply-drafting`, trigger, earlier, ...experimentOf('reply-drafting') }) : undefined;
      reply = this.options.autoReplies.replyFor(replyMode, draft, language.result.language);
      await this.autoReply(ticket, eventId, reply);
    }
    triageDecisions.inc({ stage: triage.result.decidedBy });
    if (trigger === 'ticket.created') aiOutcomes.inc({ outcome: outcomeOf(escalation.result.escalate, missingInformation.result.complete, reply) });
  }

  /**
   * What `name` reads, except that triage's doubt reaches escalation only when triage is final: with its
   * trained stages ready (rules alone are unsure of most tickets) and with the ticket complete (else the
   * customer is asked first, and their answer re-runs triage and escalation).
   */
  private readsOf(name: AgentName, results: ReadonlyMap<string, AgentOutput<unknown>>): readonly ReadableAgent[] {
    const reads = READS.get(name) ?? [];
    if (name !== 'escalation') return reads;
    const missing = results.get('missing-information') as AgentOutput<MissingInformationResult> | undefined;
    const provisional = !this.options.triageIsFinal() || !missing?.result.complete;
    return provisional ? reads.filter((read) => read !== 'triage') : reads;
  }

  private async escalate(ticket: PeerTicket, eventId: string): Promise<void> {
    const effect = `${eventId}:escalate`;
    if (await this.options.store.hasEffect(effect)) return;
    if (ticket.status !== 'ESCALATED') await this.move(ticket.id, 'ESCALATED');
    await this.options.store.recordEffect(effect);
  }

  /** Sends the automatic reply the policy chose (the draft, or a holding reply), once per event. */
  private async autoReply(ticket: PeerTicket, eventId: string, reply: { text: string } | null): Promise<void> {
    if (!reply) return;
    const effect = `${eventId}:auto-reply`;
    if (await this.options.store.hasEffect(effect)) return;
    const lastAi = ticket.messages.filter((message) => message.authorRole === 'AI' && !message.internal).at(-1);
    if (lastAi?.body !== reply.text) await this.options.tickets.addMessage(ticket.id, reply.text);
    await this.options.store.recordEffect(effect);
  }

  private async askForMissing(ticket: PeerTicket, eventId: string, missing: AgentOutput<MissingInformationResult>): Promise<void> {
    const ask = missing.result.askMessage;
    if (missing.result.complete || !ask) return;
    const effect = `${eventId}:ask-missing-information`;
    if (await this.options.store.hasEffect(effect)) return;
    // A crash after posting but before recording: the ticket (read fresh by this job) already shows the question.
    const lastAi = ticket.messages.filter((message) => message.authorRole === 'AI' && !message.internal).at(-1);
    if (lastAi?.body !== ask) await this.options.tickets.addMessage(ticket.id, ask);
    if (ticket.status !== 'PENDING_CUSTOMER') await this.move(ticket.id, 'PENDING_CUSTOMER');
    await this.options.store.recordEffect(effect);
  }

  /** A move the ticket has already made (or that a person made impossible meanwhile) is not an error. */
  private async move(ticketId: string, status: PipelineTicketStatus): Promise<void> {
    try {
      await this.options.tickets.changeStatus(ticketId, status);
    } catch (error) {
      if (error instanceof PeerRequestError && error.codes.includes('INVALID_STATUS_TRANSITION')) {
        this.options.logger.info({ ticketId, status }, 'ticket status move skipped: not allowed from its current status');
        return;
      }
      throw error;
    }
  }
}
