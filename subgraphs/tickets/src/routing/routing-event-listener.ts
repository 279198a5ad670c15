import type { EventBus, Unsubscribe } from '@support-graph/runtime';
import type { Logger } from 'pino';
import { isTicketEvent, TICKET_EVENT_PREFIX, TicketEventType } from '../events/tickets-events.js';
import { TicketStatus } from '../domain/ticket-enums.js';
import type { AgentRoster } from './roster/agent-roster.js';
import type { TicketRouter } from './ticket-router.js';

const LEAVES_AGENT = new Set<string>([TicketStatus.RESOLVED, TicketStatus.CLOSED]);

/**
 * Frees an agent's capacity when their ticket is resolved or closed, or given to someone else by
 * hand, and lets the queue move. Every replica hears every event; releasing twice is a no-op.
 */
export async function listenForFreedCapacity(bus: EventBus, roster: AgentRoster, router: TicketRouter, logger: Logger): Promise<Unsubscribe> {
  return bus.subscribe(TICKET_EVENT_PREFIX, async (event) => {
    try {
      if (isTicketEvent(event, TicketEventType.StatusChanged) && LEAVES_AGENT.has(event.payload.to)) {
        await router.ticketLeft(event.payload.ticketId);
      } else if (isTicketEvent(event, TicketEventType.Assigned)) {
        const holder = await roster.holder(event.payload.ticketId);
        if (holder && event.payload.to !== holder) await router.ticketLeft(event.payload.ticketId);
      }
    } catch (error) {
      logger.warn({ err: error, eventId: event.id, type: event.type }, 'routing could not react to a ticket event');
    }
  });
}
