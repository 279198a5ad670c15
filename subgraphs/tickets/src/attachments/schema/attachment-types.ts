import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Attachment', { description: 'A file on a ticket: from email, the help page or the console; encrypted at rest' })
export class AttachmentType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The file name as sent, without any path' }) filename!: string;
  @Field(() => String, { description: 'MIME type, e.g. image/png' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes' }) size!: number;
  @Field(() => Boolean, { description: 'An image the console may preview' }) image!: boolean;
  @Field(() => String, { description: 'EMAIL or UPLOAD' }) source!: string;
  @Field(() => Date) createdAt!: Date;
}

@InputType('AddAttachmentInput')
export class AddAttachmentInput {
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'MIME type; images and PDFs must match the bytes' }) contentType!: string;
  @Field(() => String, { description: 'The file, base64; at most ATTACHMENT_MAX_BYTES once decoded (and the request within MAX_BODY_BYTES)' })
  contentBase64!: string;
}
