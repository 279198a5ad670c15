import type { AuditAnchorFiles } from './audit-anchor.js';
import { signAuditAnchor } from './audit-anchor.js';
import type { AuditEntry, AuditEntryDraft } from './audit-entry.js';
import type { AuditLog, AuditPage } from './audit-log.js';

/** An audit log that signs an anchor of its head after every append (see audit-anchor.ts). */
export class AnchoredAuditLog implements AuditLog {
  /** Appends may finish out of order: an older head never replaces a newer anchor. */
  private anchoredSequence = 0;

  constructor(
    private readonly inner: AuditLog,
    private readonly anchors: AuditAnchorFiles,
    private readonly key: Buffer,
  ) {}

  get service(): string {
    return this.inner.service;
  }

  async append(drafts: readonly AuditEntryDraft[]): Promise<AuditEntry[]> {
    const stored = await this.inner.append(drafts);
    const head = stored.at(-1);
    if (head && head.sequence > this.anchoredSequence) {
      this.anchoredSequence = head.sequence;
      this.anchors.write(signAuditAnchor(this.key, head));
    }
    return stored;
  }

  list(first: number, afterSequence?: number): Promise<AuditPage> {
    return this.inner.list(first, afterSequence);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
