import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { CustomerType } from '../schema/object-types.js';
import type { CustomerRecord } from '../store/ticket-records.js';
import type { TicketsContext } from '../tickets-context.js';

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Query(() => CustomerType, { nullable: true, description: 'A customer; customers can only read themselves' })
  async customer(@Arg('id', () => ID) id: string, @Ctx() context: TicketsContext): Promise<CustomerRecord> {
    return context.service.getCustomer(context.identity, id);
  }
}
