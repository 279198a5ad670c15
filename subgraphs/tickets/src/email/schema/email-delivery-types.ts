import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('EmailDelivery', { description: 'How the email of a reply on an email ticket is getting on' })
export class EmailDeliveryType {
  @Field(() => String, { description: 'QUEUED (waiting or retrying), SENT (the relay took it) or FAILED (every attempt failed)' }) state!: string;
  @Field(() => Int, { description: 'Sending attempts so far' }) attempts!: number;
  @Field(() => Date) updatedAt!: Date;
}
