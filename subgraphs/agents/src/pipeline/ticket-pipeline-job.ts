/** One durable pipeline job: the event that started it and the ticket it is about. */
export interface TicketPipelineJob {
  readonly eventId: string;
  readonly ticketId: string;
  /** `ticket.created` or `ticket.message_added`. */
  readonly trigger: string;
}

/** Queue key of the job for an event: an event delivered twice is queued once. */
export function pipelineJobKey(eventId: string): string {
  return `ticket-event:${eventId}`;
}
