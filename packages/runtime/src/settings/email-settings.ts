import { z } from 'zod';

const optionalUrl = z.string().url().optional().or(z.literal('').transform(() => undefined));

/**
 * The email channel (docs/email.md). All unset: email is off. Inbound reads the IMAP mailbox and/or
 * listens for forwarded mail by SMTP; outbound sends replies through an SMTP relay.
 */
export const emailSettings = {
  /** The support mailbox, `imaps://host:993` or `imap://host:143` (STARTTLS when offered); unset means no mailbox is read. */
  EMAIL_IMAP_URL: optionalUrl,
  /** Login of the mailbox. */
  EMAIL_IMAP_USER: z.string().optional(),
  /** Password of the mailbox; or set EMAIL_IMAP_ACCESS_TOKEN. */
  EMAIL_IMAP_PASSWORD: z.string().optional(),
  /** OAuth2 access token of the mailbox (XOAUTH2, e.g. Gmail or Microsoft 365), instead of a password. */
  EMAIL_IMAP_ACCESS_TOKEN: z.string().optional(),
  /** How often the mailbox is checked besides IMAP IDLE's pushes, and how soon a lost connection is retried. */
  EMAIL_IMAP_POLL_MS: z.coerce.number().int().min(100).default(30_000),
  /** Port of the inbound SMTP endpoint teams forward mail to (0: any free port); unset means no endpoint. */
  EMAIL_INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The outbound relay, `smtp://user:pass@host:587` or `smtps://…:465`; unset means replies are not emailed. */
  EMAIL_SMTP_URL: optionalUrl,
  /** The team's From address on replies, e.g. `Acme Support <support@acme.example>`; replies go to its `+<ticket id>` sub-address. */
  EMAIL_FROM: z.string().default('Support <support@support.local>'),
  /** Largest inbound message (with its attachments), in bytes; bigger ones are refused. */
  EMAIL_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(25_000_000),
  /** Largest single attachment, in bytes. */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(10_000_000),
};
