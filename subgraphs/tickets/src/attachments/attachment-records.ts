/** Where an attachment came from. */
export const AttachmentSource = { EMAIL: 'EMAIL', UPLOAD: 'UPLOAD' } as const;
export type AttachmentSource = (typeof AttachmentSource)[keyof typeof AttachmentSource];

/** One file on a ticket. The bytes live in the content store, encrypted; this is what describes them. */
export interface AttachmentRecord {
  readonly id: string;
  readonly ticketId: string;
  /** Sanitised: no path, no control characters. Customer text, so encrypted at rest. */
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly source: AttachmentSource;
  /** Who added it: a customer email, a user id, or `email` for mail. */
  readonly addedBy: string;
  readonly createdAt: Date;
}
