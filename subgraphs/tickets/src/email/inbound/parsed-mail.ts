import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';

/** What the channel needs of one inbound message, parsed from its raw MIME source. */
export interface InboundMail {
  /** `<id@host>` as sent; a message without one gets a stable id from its content (see inboundKey). */
  readonly messageId: string | undefined;
  readonly inReplyTo: string | undefined;
  readonly references: readonly string[];
  readonly from: { readonly address: string; readonly name: string } | undefined;
  /** Every recipient address (To, Cc, Delivered-To), lower case: one may carry the reply token. */
  readonly recipients: readonly string[];
  readonly subject: string;
  /** The plain text, or the HTML rendered as text when there is no plain part. */
  readonly text: string;
  readonly headers: ReadonlyMap<string, unknown>;
  readonly contentType: string;
  readonly attachments: readonly InboundAttachment[];
}

export interface InboundAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** Shown inside the HTML body (an inline image), not listed by the sender as a file. */
  readonly inline: boolean;
}

export class MalformedMailError extends Error {}

function addresses(field: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value).flatMap((entry) => (entry.address ? [{ address: entry.address.toLowerCase(), name: entry.name ?? '' }] : []));
}

function referencesOf(parsed: ParsedMail): string[] {
  if (!parsed.references) return [];
  return (Array.isArray(parsed.references) ? parsed.references : parsed.references.split(/\s+/)).filter(Boolean);
}

/** Parses a raw message (any charset mailparser knows: UTF-8, ISO-8859-x, Windows-125x, ISO-2022-JP…). */
export async function parseInboundMail(source: Buffer): Promise<InboundMail> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(source, { skipTextToHtml: true, skipImageLinks: true });
  } catch (error) {
    throw new MalformedMailError(`unparseable MIME: ${(error as Error).message}`);
  }
  const from = addresses(parsed.from)[0];
  // A message with neither a sender nor any header we know is not mail (mailparser accepts any bytes).
  if (!from) throw new MalformedMailError('no sender address (From)');
  const delivered = parsed.headers.get('delivered-to');
  const deliveredTo = typeof delivered === 'string' ? [delivered.toLowerCase().replace(/[<>]/g, '').trim()] : [];
  return {
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: referencesOf(parsed),
    from,
    recipients: [...addresses(parsed.to), ...addresses(parsed.cc), ...deliveredTo].map((entry) => (typeof entry === 'string' ? entry : entry.address)),
    subject: parsed.subject?.trim() || '(no subject)',
    text: (parsed.text ?? (typeof parsed.html === 'string' ? htmlToText(parsed.html) : '')).trim(),
    headers: parsed.headers,
    contentType: String((parsed.headers.get('content-type') as { value?: string } | undefined)?.value ?? 'text/plain').toLowerCase(),
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? 'attachment',
      contentType: attachment.contentType.toLowerCase(),
      content: attachment.content,
      inline: attachment.contentDisposition === 'inline' || Boolean(attachment.related),
    })),
  };
}

/** HTML-only mail (some Outlook configurations): tags out, block ends as line breaks, entities decoded. */
function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}
