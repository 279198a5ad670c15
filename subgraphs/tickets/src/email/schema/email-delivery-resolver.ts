import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TicketMessageType } from '../../schema/object-types.js';
import type { VisibleMessage } from '../../services/message-visibility.js';
import type { TicketsContext } from '../../tickets-context.js';
import { EmailDeliveryState } from './email-delivery-types.js';

@Resolver(() => TicketMessageType)
export class TicketMessageDeliveryResolver {
  @FieldResolver(() => EmailDeliveryState, { nullable: true, description: 'The email of this reply, on email tickets; null for other messages or when email is off' })
  async emailDelivery(@Root() message: VisibleMessage, @Ctx() context: TicketsContext): Promise<EmailDeliveryState | null> {
    return (await context.emailDeliveries.load(message.id))?.state ?? null;
  }
}
