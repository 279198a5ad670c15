import { registerEnumType } from 'type-graphql';
import { CustomerTier, MessageAuthorRole, TicketChannel, TicketPriority, TicketStatus } from '../domain/ticket-enums.js';

registerEnumType(TicketStatus, { name: 'TicketStatus', description: 'Where a ticket is in the support workflow' });
registerEnumType(TicketPriority, { name: 'TicketPriority' });
registerEnumType(TicketChannel, { name: 'TicketChannel', description: 'How the ticket reached us' });
registerEnumType(MessageAuthorRole, { name: 'MessageAuthorRole' });
registerEnumType(CustomerTier, { name: 'CustomerTier' });

export { CustomerTier, MessageAuthorRole, TicketChannel, TicketPriority, TicketStatus };
