import { join } from 'node:path';
import { createKeyring, type PlatformConfig } from '@support-graph/runtime';
import type { PeerPrivacyApi } from '../privacy/peer-privacy-api.js';
import type { TicketService } from '../services/ticket-service.js';
import { EncryptedFileContentStore } from './adapters/encrypted-file-content-store.js';
import { SqliteAttachmentIndex } from './adapters/sqlite-attachment-index.js';
import { AttachmentService } from './attachment-service.js';

export interface Attachments {
  readonly service: AttachmentService;
  /** Takes part in export and erasure beside the peer subgraphs, as `attachments`. */
  readonly privacy: PeerPrivacyApi;
  close(): Promise<void>;
}

/** Attachments on the embedded stores: encrypted files under DATA_DIR/attachments, descriptions in DATA_DIR/attachments.sqlite. */
export function startAttachments(config: PlatformConfig, tickets: TicketService): Attachments {
  const keyring = createKeyring(config);
  const index = new SqliteAttachmentIndex(join(config.DATA_DIR, 'attachments.sqlite'), keyring);
  const service = new AttachmentService(tickets, index, new EncryptedFileContentStore(join(config.DATA_DIR, 'attachments'), keyring), config.ATTACHMENT_MAX_BYTES);
  return {
    service,
    privacy: { service: 'attachments', exportTickets: (ids) => service.exportTickets(ids), eraseTickets: (ids) => service.eraseTickets(ids) },
    close: () => index.close(),
  };
}
