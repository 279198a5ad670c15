import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TicketMessageType } from '../../schema/object-types.js';
import type { VisibleMessage } from '../../services/message-visibility.js';
import type { TicketsContext } from '../../tickets-context.js';
import { EmailDeliveryType } from './email-delivery-types.js';

@Resolver(() => TicketMessageType)
export class TicketMessageDeliveryResolver {
  @FieldResolver(() => EmailDeliveryType, { nullable: true, description: 'The email of this reply, on email tickets; null for other messages or when email is off' })
  async emailDelivery(@Root() message: VisibleMessage, @Ctx() context: TicketsContext): Promise<EmailDeliveryType | null> {
    return context.emailDeliveries.load(message.id);
  }
}
