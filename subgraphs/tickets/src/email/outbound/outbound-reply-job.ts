/** One reply to email, on the durable queue (`email-out`): ids only, the text is read from the ticket when sending. */
export interface OutboundReplyJob {
  readonly ticketId: string;
  readonly messageId: string;
}
