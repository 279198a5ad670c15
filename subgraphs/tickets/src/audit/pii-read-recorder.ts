import type { AuditActor, AuditLog } from '@support-graph/runtime';

/** One non-owner read of personal data, as the field rules see it. */
export interface PiiRead {
  /** `ticket` (its customer's fields or its messages) or `customer` (read on its own). */
  readonly targetType: 'ticket' | 'customer';
  readonly targetId: string;
  readonly customerId: string;
  /** `customer.email`, `customer.name`, `messages.body`, `messages.authorId`. */
  readonly fields: readonly string[];
}

interface PendingRead {
  readonly customerId: string;
  readonly fields: Set<string>;
}

/**
 * Per-request batching of PII-read audit entries: one entry per request and ticket (or customer),
 * whatever the number of fields and messages read. Reads noticed in the same turn of the event
 * loop (every ticket of a list) share one append, so a list view costs one transaction. Callers
 * await the append: a read that could not be audited does not happen (the field errors).
 */
export class PiiReadRecorder {
  private readonly pending = new Map<string, PendingRead>();
  /** Fields already written per target in this request: a later read of the same adds no entry. */
  private readonly written = new Map<string, Set<string>>();
  private flush: Promise<void> | undefined;

  constructor(
    private readonly log: AuditLog,
    private readonly actor: AuditActor,
    /** Analysts read masked values; the entry says so. */
    private readonly masked: boolean,
  ) {}

  record(read: PiiRead): Promise<void> {
    const key = `${read.targetType}:${read.targetId}`;
    const already = this.written.get(key);
    const fresh = read.fields.filter((field) => !already?.has(field));
    if (fresh.length === 0) return Promise.resolve();
    const pending = this.pending.get(key) ?? { customerId: read.customerId, fields: new Set<string>() };
    for (const field of fresh) pending.fields.add(field);
    this.pending.set(key, pending);
    this.flush ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.writePending());
    return this.flush;
  }

  private async writePending(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending.clear();
    this.flush = undefined;
    for (const [key, { fields }] of batch) this.written.set(key, new Set([...(this.written.get(key) ?? []), ...fields]));
    await this.log.append(
      batch.map(([key, { customerId, fields }]) => {
        const [type = '', id = ''] = key.split(':');
        return {
          actor: this.actor,
          action: 'pii.read',
          target: { type, id },
          details: { customerId, fields: [...fields].sort(), masked: this.masked },
        };
      }),
    );
  }
}
