import type { RoutingStrategy } from './routing-records.js';

/** The sentences `Ticket.assignmentReason` shows: why the ticket is where it is. Our words only. */
export const AssignmentReason = {
  assigned: (teamName: string, strategy: RoutingStrategy, load: number, capacity: number, channel: string) =>
    `Routed to team ${teamName} (${strategy.toLowerCase().replace('_', ' ')}): available, has the skills, ${load} of ${capacity} ${channel} tickets after this one`,
  queued: (teamName: string, candidates: number) =>
    candidates === 0
      ? `Queued for team ${teamName}: no agent of the team has the skills this ticket needs`
      : `Queued for team ${teamName}: none of the ${candidates} skilled agents is online with spare capacity`,
  manual: (teamName: string) => `Queued for team ${teamName}: the team assigns manually`,
  reassigned: (previous: string) => `Reassigned: agent ${previous} went offline with open work`,
};
