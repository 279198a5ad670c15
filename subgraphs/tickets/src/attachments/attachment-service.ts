import { createHash, randomUUID } from 'node:crypto';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { TicketService } from '../services/ticket-service.js';
import type { AttachmentContentStore } from './attachment-content-store.js';
import type { AttachmentIndex } from './attachment-index.js';
import { checkAttachment, type AttachmentUpload } from './attachment-policy.js';
import type { AttachmentRecord, AttachmentSource } from './attachment-records.js';

/** Roles that may add files: those who write on tickets, minus partners (their API has no files). */
const MAY_ADD = new Set(['customer', 'agent', 'lead', 'admin', 'service']);

/**
 * Files on tickets from email, the help page and the console. Adding goes through the ticket access
 * rule (a customer only ever reaches their own tickets), then the policy (size, type, content
 * matching the type), then the bytes, then the description: a failure at any step leaves nothing
 * behind. Reading is per ticket, by whoever may read the ticket.
 */
export class AttachmentService {
  constructor(
    private readonly tickets: TicketService,
    private readonly index: AttachmentIndex,
    private readonly content: AttachmentContentStore,
    /** ATTACHMENT_MAX_BYTES. */
    readonly maxBytes: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async add(identity: Identity, ticketId: string, upload: AttachmentUpload, source: AttachmentSource): Promise<AttachmentRecord> {
    if (!MAY_ADD.has(identity.role)) throw ClientErrors.forbidden('Not allowed to add files to tickets');
    const ticket = await this.tickets.getTicket(identity, ticketId);
    const checked = checkAttachment(upload, this.maxBytes);
    return this.store(ticket.id, checked, source, identity.subject);
  }

  /**
   * The raw mail a ticket message came from, kept beside the cleaned text (quotes and signature
   * cut). Already bounded by EMAIL_MAX_MESSAGE_BYTES, so not by the per-file limit.
   */
  async keepOriginalEmail(ticketId: string, source: Buffer): Promise<AttachmentRecord> {
    return this.store(ticketId, { filename: 'original.eml', contentType: 'message/rfc822', content: source }, 'EMAIL', 'email');
  }

  private async store(ticketId: string, upload: AttachmentUpload, source: AttachmentSource, addedBy: string): Promise<AttachmentRecord> {
    const record: AttachmentRecord = {
      id: randomUUID(),
      ticketId,
      filename: upload.filename,
      contentType: upload.contentType,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      source,
      addedBy,
      createdAt: this.now(),
    };
    await this.content.put(record.id, upload.content);
    try {
      await this.index.insert(record);
    } catch (error) {
      await this.content.delete(record.id);
      throw error;
    }
    return record;
  }

  /** The attachments of tickets the caller already read (the resolver's parent), grouped per ticket id. */
  async forTickets(ticketIds: readonly string[]): Promise<Map<string, AttachmentRecord[]>> {
    const byTicket = new Map<string, AttachmentRecord[]>(ticketIds.map((id) => [id, []]));
    for (const record of await this.index.forTickets(ticketIds)) byTicket.get(record.ticketId)?.push(record);
    return byTicket;
  }

  /** The bytes of an attachment of a ticket the caller already read. */
  async contentOf(record: AttachmentRecord): Promise<Buffer> {
    const bytes = await this.content.get(record.id);
    if (!bytes) throw ClientErrors.notFound('Attachment', record.id);
    return bytes;
  }

  /** Erasure: the files and descriptions of these tickets; returns how many were removed. Idempotent. */
  async eraseTickets(ticketIds: readonly string[]): Promise<number> {
    const ids = [...new Set([...(await this.index.forTickets(ticketIds)).map((record) => record.id)])];
    for (const id of ids) await this.content.delete(id);
    const removed = await this.index.removeForTickets(ticketIds);
    return removed.length;
  }

  /** Export: descriptions only (the files are the customer's own uploads and mail, listed by name and hash). */
  async exportTickets(ticketIds: readonly string[]): Promise<unknown> {
    return (await this.index.forTickets(ticketIds)).map(({ id, ticketId, filename, contentType, size, sha256, source, createdAt }) => ({ id, ticketId, filename, contentType, size, sha256, source, createdAt }));
  }
}
