import type { TicketStore } from './ticket-store.js';

export interface EnvelopeSweepSummary {
  readonly customers: { readonly scanned: number; readonly rewritten: number };
  readonly tickets: { readonly scanned: number; readonly rewritten: number };
  /** Rows a concurrent writer changed between our read and our write, re-read and rewritten. */
  readonly retriedAfterConcurrentWrite: number;
}

/** Number of sensitive values per data key id; `plaintext` counts values not yet encrypted. */
export type EnvelopeCensus = Readonly<Record<string, number>>;

/**
 * The ticket store plus the maintenance key rotation needs (`npm run keys:rotate`). The rest of the
 * subgraph only sees TicketStore; sensitive fields are encrypted and decrypted inside the adapter.
 */
export interface EncryptedTicketStore extends TicketStore {
  /** Re-encrypts every sensitive value still under an older key (or still plaintext) under the active key. */
  reencryptToActiveKey(options?: { readonly batchSize?: number }): Promise<EnvelopeSweepSummary>;
  countEnvelopesByKey(): Promise<EnvelopeCensus>;
  /** The key new values are encrypted with. */
  activeKeyId(): string;
}
