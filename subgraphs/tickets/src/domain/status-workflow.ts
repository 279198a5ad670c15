import { TicketStatus } from './ticket-enums.js';

/**
 * The status workflow: NEW → OPEN → PENDING_CUSTOMER ↔ OPEN → ESCALATED → RESOLVED → CLOSED, with
 * reopen from RESOLVED. Beyond the main line, moves a support team makes every day are allowed:
 * resolving without escalating, asking the customer from an escalated ticket, handing an escalated
 * ticket back, and AI triage moving a NEW ticket straight to PENDING_CUSTOMER or ESCALATED.
 * CLOSED is final; nothing returns to NEW; staying in place is not a move.
 */
const ALLOWED_MOVES: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: [TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.ESCALATED],
  OPEN: [TicketStatus.PENDING_CUSTOMER, TicketStatus.ESCALATED, TicketStatus.RESOLVED],
  PENDING_CUSTOMER: [TicketStatus.OPEN, TicketStatus.ESCALATED, TicketStatus.RESOLVED],
  ESCALATED: [TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER, TicketStatus.RESOLVED],
  RESOLVED: [TicketStatus.CLOSED, TicketStatus.OPEN],
  CLOSED: [],
};

export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

export function allowedMoves(from: TicketStatus): readonly TicketStatus[] {
  return ALLOWED_MOVES[from];
}
