import type { CustomerRecord, TicketRecord } from '../ticket-records.js';

/**
 * A customer as stored: `email` and `name` hold enc:v1 envelopes, `emailIndex` the keyed blind
 * index every lookup by email uses. Null only on rows written before encryption, until the
 * start-up sweep has encrypted them.
 */
export interface StoredCustomerRecord extends CustomerRecord {
  emailIndex: string | null;
}

/** A ticket as stored: the same shape as TicketRecord, with every message body an enc:v1 envelope. */
export type StoredTicketRecord = TicketRecord;
