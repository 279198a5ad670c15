import { ClientErrors, type AuditLog, type EventBus, type Identity } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { validId } from '../domain/input-limits.js';
import { TicketStatus } from '../domain/ticket-enums.js';
import type { DirectoryService } from '../directory/directory-service.js';
import type { TeamRecord, UserRecord } from '../directory/store/directory-records.js';
import type { TicketService } from '../services/ticket-service.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { AssignmentReason } from './assignment-reason.js';
import { queueScore } from './queue-order.js';
import type { AgentRoster } from './roster/agent-roster.js';
import { RoutingStrategy, type TicketRouting } from './routing-records.js';
import { ticketRouted } from './routing-events.js';
import { hasSkills } from './skill-match.js';

/** The router acts as a service: its assignments show `router` in the ticket history and audit log. */
export const ROUTER_IDENTITY: Identity = { subject: 'router', role: 'service' };

/** Roles that take tickets from a queue. */
const ASSIGNABLE_ROLES = new Set(['agent', 'lead']);
const CLOSED = new Set<string>([TicketStatus.RESOLVED, TicketStatus.CLOSED]);
/** Queued tickets one drain looks at: the head of the queue is what capacity that just freed serves. */
const DRAIN_BATCH = 100;
const WRITE_ATTEMPTS = 5;

export interface RoutingOutcome {
  readonly ticketId: string;
  readonly teamId: string;
  readonly assigneeId: string | null;
  readonly reason: string;
}

export interface TicketRouterParts {
  readonly roster: AgentRoster;
  readonly tickets: TicketService;
  readonly store: TicketStore;
  readonly directory: DirectoryService;
  readonly audit: AuditLog;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * Assigns routed tickets to agents: an agent of the team, online, with the skills and spare capacity,
 * picked by the team's strategy, or the team's queue until capacity frees up. The pick and the
 * reservation happen atomically in the roster; the ticket store is written afterwards, idempotently
 * (a ticket whose reservation exists is given to that agent, whichever replica asks).
 */
export class TicketRouter {
  private readonly now: () => Date;
  private readonly draining = new Map<string, Promise<void>>();
  private readonly drainAgain = new Set<string>();

  constructor(private readonly parts: TicketRouterParts) {
    this.now = parts.now ?? (() => new Date());
  }

  /** Routes a ticket to a team (triage or a person decided which). */
  async route(actor: Identity, rawTicketId: string, rawTeamId: string, language?: string | null): Promise<RoutingOutcome> {
    const ticket = await this.requireTicket(validId('ticketId', rawTicketId));
    const team = await this.requireTeam(validId('teamId', rawTeamId));
    if (CLOSED.has(ticket.status)) throw ClientErrors.badInput('ticketId', `the ticket is ${ticket.status.toLowerCase()}; reopen it first`);
    const routing: TicketRouting = { teamId: team.id, language: language?.trim().toLowerCase().slice(0, 16) || null, reason: '' };
    const previous = await this.parts.roster.holder(ticket.id);
    const outcome = await this.assign(ticket, team, routing);
    await this.record(actor, 'routing.ticket_routed', ticket.id, { teamId: team.id, assigneeId: outcome.assigneeId, previousAssigneeId: previous, reason: outcome.reason });
    return outcome;
  }

  /** Gives queued tickets of the team to agents with capacity, in queue order. One drain per team at a time in this process. */
  drain(teamId: string): Promise<void> {
    const running = this.draining.get(teamId);
    if (running) {
      this.drainAgain.add(teamId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          this.drainAgain.delete(teamId);
          await this.drainOnce(teamId);
        } while (this.drainAgain.has(teamId));
      } finally {
        this.draining.delete(teamId);
      }
    })();
    this.draining.set(teamId, run);
    return run;
  }

  /** The agent's capacity changed or they came online: their teams' queues may move. */
  async drainTeamsOf(agentId: string): Promise<void> {
    const [user] = await this.parts.directory.usersByIds([agentId]);
    for (const teamId of user?.teams ?? []) await this.drain(teamId);
  }

  /** A ticket was resolved or closed, or given to someone by hand: its place in the agent's load is free. */
  async ticketLeft(ticketId: string): Promise<void> {
    const agentId = await this.parts.roster.release(ticketId);
    const routing = await this.parts.roster.routing(ticketId);
    if (routing) await this.parts.roster.dequeue(routing.teamId, ticketId);
    if (agentId) await this.drainTeamsOf(agentId);
  }

  /** The agent went offline: each of their open tickets goes back through routing, to someone else or the queue. */
  async reassignFrom(agentId: string): Promise<void> {
    for (const ticketId of await this.parts.roster.heldBy(agentId)) {
      await this.parts.roster.release(ticketId);
      const routing = await this.parts.roster.routing(ticketId);
      const ticket = await this.parts.store.findTicket(ticketId);
      if (!routing || !ticket || CLOSED.has(ticket.status)) continue;
      const team = await this.parts.directory.teamsByIds([routing.teamId]);
      if (!team[0]) continue;
      const outcome = await this.assign(ticket, team[0], routing, AssignmentReason.reassigned(agentId));
      if (outcome.assigneeId === null && ticket.assigneeId === agentId) await this.writeAssignee(ticketId, null);
      await this.record(ROUTER_IDENTITY, 'routing.ticket_reassigned', ticketId, { from: agentId, assigneeId: outcome.assigneeId, reason: outcome.reason });
    }
  }

  async reasonFor(ticketId: string): Promise<string | null> {
    return (await this.routingOf(ticketId))?.reason ?? null;
  }

  /** The team the ticket was routed to and why it is where it is. */
  routingOf(ticketId: string): Promise<TicketRouting | null> {
    return this.parts.roster.routing(ticketId);
  }

  private async drainOnce(teamId: string): Promise<void> {
    const [team] = await this.parts.directory.teamsByIds([teamId]);
    if (!team || (await this.strategyOf(teamId)) === RoutingStrategy.MANUAL) return;
    for (const ticketId of await this.parts.roster.queued(teamId, DRAIN_BATCH)) {
      const ticket = await this.parts.store.findTicket(ticketId);
      const routing = await this.parts.roster.routing(ticketId);
      if (!ticket || !routing || CLOSED.has(ticket.status) || routing.teamId !== teamId) {
        await this.parts.roster.dequeue(teamId, ticketId);
        continue;
      }
      const outcome = await this.assign(ticket, team, routing);
      if (outcome.assigneeId) await this.record(ROUTER_IDENTITY, 'routing.ticket_dequeued', ticketId, { teamId, assigneeId: outcome.assigneeId, reason: outcome.reason });
    }
  }

  private async assign(ticket: TicketRecord, team: TeamRecord, routing: TicketRouting, prefix?: string): Promise<RoutingOutcome> {
    const { roster } = this.parts;
    const strategy = await this.strategyOf(team.id);
    const customer = await this.parts.store.findCustomer(ticket.customerId);
    const explain = (reason: string) => (prefix ? `${prefix}. ${reason}` : reason);
    if (strategy === RoutingStrategy.MANUAL) {
      const reason = explain(AssignmentReason.manual(team.name));
      await roster.setRouting(ticket.id, { ...routing, reason });
      await roster.enqueue(team.id, ticket.id, queueScore(ticket, customer?.tier ?? null));
      return { ticketId: ticket.id, teamId: team.id, assigneeId: null, reason };
    }
    const members = await this.candidates(team, ticket, routing.language, customer?.tier ?? null);
    const reservation = await roster.reserve({
      ticketId: ticket.id,
      teamId: team.id,
      channel: ticket.channel,
      strategy,
      candidates: members.map((member) => member.id),
      at: this.now(),
    });
    if (reservation.kind === 'none') {
      const reason = explain(AssignmentReason.queued(team.name, members.length));
      await roster.setRouting(ticket.id, { ...routing, reason });
      await roster.enqueue(team.id, ticket.id, queueScore(ticket, customer?.tier ?? null));
      return { ticketId: ticket.id, teamId: team.id, assigneeId: null, reason };
    }
    if (reservation.kind === 'existing') {
      // Another router (or an earlier attempt) reserved it: finish that assignment, change nothing else.
      if (ticket.assigneeId !== reservation.agentId) await this.writeAssignee(ticket.id, reservation.agentId);
      const reason = (await roster.routing(ticket.id))?.reason ?? '';
      return { ticketId: ticket.id, teamId: team.id, assigneeId: reservation.agentId, reason };
    }
    const reason = explain(AssignmentReason.assigned(team.name, strategy, reservation.load, reservation.capacity, ticket.channel));
    await roster.setRouting(ticket.id, { ...routing, reason });
    await this.writeAssignee(ticket.id, reservation.agentId);
    const agent = members.find((member) => member.id === reservation.agentId);
    if (agent) await this.parts.bus.publish(ticketRouted(ticket.id, agent.id, agent.email, team.id, reason));
    return { ticketId: ticket.id, teamId: team.id, assigneeId: reservation.agentId, reason };
  }

  /** Active agents and leads of the team with the skills the ticket needs (presence and capacity are the roster's call). */
  private async candidates(team: TeamRecord, ticket: TicketRecord, language: string | null, tier: string | null): Promise<UserRecord[]> {
    const members = (await this.parts.directory.teamMembers(team.id)).filter((user) => user.active && ASSIGNABLE_ROLES.has(user.role));
    const profiles = new Map((await this.parts.roster.profiles(members.map((user) => user.id))).map((profile) => [profile.agentId, profile]));
    return members.filter((user) => {
      const profile = profiles.get(user.id);
      return profile !== undefined && hasSkills(profile.skills, { category: ticket.category, language, tier });
    });
  }

  /** Writes the assignee, retrying when a concurrent edit moved the ticket on (the router holds no version). */
  private async writeAssignee(ticketId: string, agentId: string | null): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.parts.tickets.assign(ROUTER_IDENTITY, ticketId, agentId);
        return;
      } catch (error) {
        if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'CONFLICT' || attempt >= WRITE_ATTEMPTS) throw error;
      }
    }
  }

  private async strategyOf(teamId: string): Promise<RoutingStrategy> {
    return (await this.parts.roster.strategy(teamId)) ?? RoutingStrategy.LOAD_BASED;
  }

  private async requireTicket(id: string): Promise<TicketRecord> {
    const ticket = await this.parts.store.findTicket(id);
    if (!ticket) throw ClientErrors.notFound('Ticket', id);
    return ticket;
  }

  private async requireTeam(id: string): Promise<TeamRecord> {
    const [team] = await this.parts.directory.teamsByIds([id]);
    if (!team) throw ClientErrors.notFound('Team', id);
    return team;
  }

  private async record(actor: Identity, action: string, ticketId: string, details: Record<string, string | null>): Promise<void> {
    await this.parts.audit.append([{ actor: { subject: actor.subject, role: actor.role }, action, target: { type: 'ticket', id: ticketId }, details }]);
  }
}
