const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `Support <support@acme.example>` → its address, lower case. */
export function addressOf(from: string): string {
  const match = /<([^>]+)>/.exec(from);
  return (match?.[1] ?? from).trim().toLowerCase();
}

/** The sub-address a reply about `ticketId` is sent from, so the customer's answer names its ticket: `support+<id>@acme.example`. */
export function replyAddress(from: string, ticketId: string): string {
  const [local, domain] = addressOf(from).split('@');
  return `${local}+${ticketId}@${domain}`;
}

/** The ticket id a recipient sub-address of our mailbox carries, if any. */
export function ticketIdInAddresses(ownAddress: string, recipients: readonly string[]): string | undefined {
  const [local, domain] = ownAddress.split('@');
  for (const recipient of recipients) {
    const match = /^([^+@]+)\+([^@]+)@(.+)$/.exec(recipient);
    if (match && match[1] === local && match[3] === domain && match[2] && UUID.test(match[2])) return match[2];
  }
  return undefined;
}
