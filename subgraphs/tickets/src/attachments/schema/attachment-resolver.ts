import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import { TicketType } from '../../schema/object-types.js';
import type { TicketRecord } from '../../store/ticket-records.js';
import type { TicketsContext } from '../../tickets-context.js';
import { isImage } from '../attachment-policy.js';
import type { AttachmentRecord } from '../attachment-records.js';
import { AddAttachmentInput, AttachmentType } from './attachment-types.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(value: string, maxBytes: number): Buffer {
  const compact = value.replace(/\s+/g, '');
  // Checked before decoding: the decoded size is 3/4 of the text, and a huge string is refused unread.
  if (compact.length > Math.ceil(maxBytes / 3) * 4 + 4) throw ClientErrors.badInput('input.contentBase64', `the file is over the ${maxBytes} byte limit`);
  if (!BASE64.test(compact)) throw ClientErrors.badInput('input.contentBase64', 'is not base64');
  return Buffer.from(compact, 'base64');
}

/** What the schema shows of an attachment record. */
function asAttachment(record: AttachmentRecord): AttachmentType & { record: AttachmentRecord } {
  return { ...record, image: isImage(record.contentType), record };
}

@Resolver(() => AttachmentType)
export class AttachmentResolver {
  @Mutation(() => AttachmentType, { nullable: true, description: 'Adds a file to a ticket (help page, console); images and PDFs must match their type' })
  async addAttachment(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('input', () => AddAttachmentInput) input: AddAttachmentInput,
    @Ctx() context: TicketsContext,
  ): Promise<AttachmentType> {
    const content = decodeBase64(input.contentBase64, context.attachments.maxBytes);
    const record = await context.attachments.add(context.identity, ticketId, { filename: input.filename, contentType: input.contentType, content }, 'UPLOAD');
    return asAttachment(record);
  }

  @FieldResolver(() => String, { description: 'The file, base64 (for a preview: `data:<contentType>;base64,<this>`)' })
  async contentBase64(@Root() attachment: { record: AttachmentRecord }, @Ctx() context: TicketsContext): Promise<string> {
    return (await context.attachments.contentOf(attachment.record)).toString('base64');
  }
}

@Resolver(() => TicketType)
export class TicketAttachmentsResolver {
  @FieldResolver(() => [AttachmentType], { nullable: true, description: 'Files on the ticket, oldest first' })
  async attachments(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<AttachmentType[]> {
    return ((await context.ticketAttachments.load(ticket.id)) ?? []).map(asAttachment);
  }
}
