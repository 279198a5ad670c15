import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditActorOf } from '@support-graph/runtime';
import type { TicketsContext } from '../tickets-context.js';
import { TicketImportFormat } from './import-record.js';
import { TicketImportSummaryType } from './import-types.js';
import type { TicketImportSummary } from './ticket-importer.js';

@Resolver()
export class TicketImportResolver {
  @Mutation(() => TicketImportSummaryType, {
    nullable: true,
    description: 'Admin: imports a help desk export (idempotent by external id); bad rows are skipped and reported',
  })
  async importTickets(
    @Arg('format', () => TicketImportFormat) format: TicketImportFormat,
    @Arg('content', () => String, { description: 'The export file\'s text' }) content: string,
    @Ctx() context: TicketsContext,
  ): Promise<TicketImportSummary> {
    const summary = await context.importer.importTickets(context.identity, format, content);
    await context.audit.log.append([
      {
        actor: auditActorOf(context.identity),
        action: 'tickets.imported',
        target: { type: 'import', id: format },
        details: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged, skipped: summary.skipped.length },
      },
    ]);
    return summary;
  }
}
