import type { AgentOutput, AutoReplyPolicy, EarlierAgentResults, MissingInformationResult, SupportAgent } from '@support-graph/support-agents';
import type { Logger } from '@support-graph/runtime';
import { PeerRequestError } from '../peers/peer-graphql-client.js';
import type { PeerTicket, PipelineTicketStatus, TicketsApi } from '../peers/tickets-api.js';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import type { AgentRunExecutor } from '../runs/agent-run-executor.js';
import type { ReplyDrafts } from '../runs/reply-drafts.js';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { QueuedJob } from '../queue/job-queue.js';
import type { TicketPipelineJob } from './ticket-pipeline-job.js';

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

/**
 * What happens to a ticket when it arrives or the customer writes: language, triage, sentiment,
 * missing information, knowledge suggestions, escalation; then at most one action: hand it to a
 * person (ESCALATED, with the handoff summary on the escalation run) or ask the customer for what
 * is missing (PENDING_CUSTOMER). Every step is keyed by (event id, agent) and every action by
 * (event id, action), so a job run twice has the effect of one.
 */
export class TicketPipeline {
  constructor(private readonly options: TicketPipelineOptions) {}

  async handle(job: QueuedJob<TicketPipelineJob>): Promise<void> {
    const { eventId, ticketId, trigger } = job.payload;
    const ticket = await this.options.tickets.getTicket(ticketId);
    if (!ticket || FINISHED.has(ticket.status)) return;
    const agents = this.options.catalog.registry;
    const step = <TResult>(agent: SupportAgent<TResult>, earlier: EarlierAgentResults = {}) =>
      this.options.executor.runOnce({ agent, ticket, jobKey: `${eventId}:${agent.name}`, trigger, earlier });

    const language = await step(agents.get('language'));
    const triage = await step(agents.get('triage'), { language });
    const [sentiment, missingInformation] = await Promise.all([
      step(agents.get('sentiment'), { language }),
      step(agents.get('missing-information'), { language, triage }),
      step(agents.get('knowledge-suggestion'), { language }),
    ]);
    // Triage's doubt hands a ticket over only when triage is final: with its trained stages ready (rules
    // alone are unsure of most tickets) and with the ticket complete (else the customer is asked first,
    // and their answer re-runs triage and escalation).
    const provisional = !this.options.triageIsFinal() || !missingInformation.result.complete;
    const escalation = await step(agents.get('escalation'), { language, sentiment, missingInformation, ...(provisional ? {} : { triage }) });

    if (escalation.result.escalate) await this.escalate(ticket, eventId);
    else await this.askForMissing(ticket, eventId, missingInformation);

    // Only the first contact is answered automatically: after it, the conversation is the team's.
    const replyMode = trigger === 'ticket.created' ? this.options.autoReplies.modeFor(triage.result.category) : 'off';
    if (!escalation.result.escalate && missingInformation.result.complete) {
      const wantsDraft = this.options.autoDraftReply || this.options.autoReplies.needsDraft(replyMode);
      const draft = wantsDraft
        ? await this.options.replies.draft({ agent: agents.get('reply-drafting'), ticket, jobKey: `${eventId}:reply-drafting`, trigger, earlier: { language, triage } })
        : undefined;
      await this.autoReply(ticket, eventId, this.options.autoReplies.replyFor(replyMode, draft, language.result.language));
    }
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
