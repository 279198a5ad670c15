// Keys equal values: type-graphql names GraphQL enum values after the keys, and clients see NEW, OPEN…
export const TicketStatus = {
  NEW: 'NEW',
  OPEN: 'OPEN',
  PENDING_CUSTOMER: 'PENDING_CUSTOMER',
  ESCALATED: 'ESCALATED',
  RESOLVED: 'RESOLVED',
  CLOSED: 'CLOSED',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

export const TicketPriority = { LOW: 'LOW', NORMAL: 'NORMAL', HIGH: 'HIGH', URGENT: 'URGENT' } as const;
export type TicketPriority = (typeof TicketPriority)[keyof typeof TicketPriority];

export const TicketChannel = { WEB: 'WEB', EMAIL: 'EMAIL', CHAT: 'CHAT', PHONE: 'PHONE', API: 'API', PARTNER: 'PARTNER' } as const;
export type TicketChannel = (typeof TicketChannel)[keyof typeof TicketChannel];

export const MessageAuthorRole = { CUSTOMER: 'CUSTOMER', AGENT: 'AGENT', AI: 'AI', SYSTEM: 'SYSTEM', PARTNER: 'PARTNER' } as const;
export type MessageAuthorRole = (typeof MessageAuthorRole)[keyof typeof MessageAuthorRole];

export const CustomerTier = { STANDARD: 'STANDARD', PREMIUM: 'PREMIUM', VIP: 'VIP' } as const;
export type CustomerTier = (typeof CustomerTier)[keyof typeof CustomerTier];
