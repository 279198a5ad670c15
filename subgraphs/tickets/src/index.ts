export { ticketsSubgraph } from './tickets-subgraph-descriptor.js';
export { startTicketsSubgraph, type TicketsSubgraph, type TicketsSubgraphOptions } from './start-tickets-subgraph.js';
export { buildTicketsSchema } from './tickets-schema.js';
export { createTicketStore, createSqliteTicketStore, createMongoTicketStore } from './store/create-ticket-store.js';
export type { TicketStore, TicketFilter, TicketPage } from './store/ticket-store.js';
export type { TicketRecord, CustomerRecord, MessageRecord, OutboxRecord } from './store/ticket-records.js';
export { DirectoryService } from './directory/directory-service.js';
export { AuditedDirectoryService } from './audit/audited-directory-service.js';
export { createDirectoryStore } from './directory/store/create-directory-store.js';
