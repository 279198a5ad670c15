import type { AuditLog, EventBus } from '@support-graph/runtime';
import { TicketStatus } from '../domain/ticket-enums.js';
import type { DirectoryService } from '../directory/directory-service.js';
import { slaNotice } from '../routing/routing-events.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { SlaDeadline } from './sla-clock.js';
import type { SlaService } from './sla-service.js';
import type { SlaStore } from './store/sla-store.js';

const RUNNING = [TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.ESCALATED] as const;
const PAGE = 100;

export interface SlaMonitorSettings {
  /** How long before a deadline the assigned agent is warned. */
  readonly warnBeforeMs: number;
}

/**
 * Looks at every running ticket's deadlines: warns the assigned agent once when one is near, and
 * records a breach once when one passes (a notice, the audit log). Every replica may run it; the
 * store lets one of them send each notice.
 */
export class SlaMonitor {
  constructor(
    private readonly parts: {
      readonly sla: SlaService;
      readonly store: SlaStore;
      readonly tickets: TicketStore;
      readonly directory: DirectoryService;
      readonly bus: EventBus;
      readonly audit: AuditLog;
      readonly now?: () => Date;
    },
    private readonly settings: SlaMonitorSettings,
  ) {}

  /** One pass over the running tickets; returns the notices sent. */
  async check(): Promise<number> {
    let sent = 0;
    let after: number | undefined;
    for (;;) {
      const page = await this.parts.tickets.listTickets({ status: RUNNING }, PAGE, after);
      for (const ticket of page.items) sent += await this.checkTicket(ticket);
      if (!page.hasNextPage || page.items.length === 0) return sent;
      after = page.items.at(-1)?.number;
    }
  }

  private async checkTicket(ticket: TicketRecord): Promise<number> {
    const now = (this.parts.now ?? (() => new Date()))();
    const state = await this.parts.sla.stateOf(ticket);
    if (state.paused) return 0;
    let sent = 0;
    for (const deadline of [state.firstResponse, state.nextResponse, state.resolution]) {
      if (!deadline || deadline.metAt) continue;
      const left = deadline.dueAt.getTime() - now.getTime();
      if (left <= 0) sent += await this.notify(ticket, deadline, true);
      else if (left <= this.settings.warnBeforeMs) sent += await this.notify(ticket, deadline, false);
    }
    return sent;
  }

  private async notify(ticket: TicketRecord, deadline: SlaDeadline, breached: boolean): Promise<number> {
    const key = `${breached ? 'breach' : 'warning'}:${ticket.id}:${deadline.clock}:${deadline.dueAt.getTime()}`;
    if (!(await this.parts.store.claimNotice(key))) return 0;
    const [assignee] = ticket.assigneeId ? await this.parts.directory.usersByIds([ticket.assigneeId]) : [];
    await this.parts.bus.publish(slaNotice(ticket.id, deadline.clock, deadline.dueAt, breached, assignee?.email ?? null));
    if (breached) {
      await this.parts.audit.append([
        { actor: { subject: 'sla-monitor', role: 'service' }, action: 'sla.breached', target: { type: 'ticket', id: ticket.id }, details: { clock: deadline.clock, dueAt: deadline.dueAt.toISOString(), assigneeId: ticket.assigneeId } },
      ]);
    }
    return 1;
  }
}
