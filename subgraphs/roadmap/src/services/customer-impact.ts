import type { SupportTickets } from '../peers/support-tickets.js';

export interface CustomerImpact {
  readonly linkedTickets: number;
  readonly distinctCustomers: number;
  readonly tiers: { tier: string; count: number }[];
  readonly negativeSentimentShare: number;
}

/** Who an issue hurts: its linked tickets, their distinct customers by tier, and how many tickets read negative. */
export async function customerImpact(ticketIds: readonly string[], tickets: SupportTickets): Promise<CustomerImpact> {
  const found = (await Promise.all(ticketIds.map((id) => tickets.getTicket(id)))).filter((ticket) => ticket !== null);
  const tierOf = new Map(found.map((ticket) => [ticket.customerId, ticket.customerTier]));
  const perTier = new Map<string, number>();
  for (const tier of tierOf.values()) perTier.set(tier, (perTier.get(tier) ?? 0) + 1);
  const negative = found.filter((ticket) => ticket.sentiment === 'NEGATIVE').length;
  return {
    linkedTickets: found.length,
    distinctCustomers: tierOf.size,
    tiers: [...perTier].map(([tier, count]) => ({ tier, count })).sort((a, b) => a.tier.localeCompare(b.tier)),
    negativeSentimentShare: found.length === 0 ? 0 : negative / found.length,
  };
}
