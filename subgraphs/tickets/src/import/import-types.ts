import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TicketImportFormat } from './import-record.js';

registerEnumType(TicketImportFormat, {
  name: 'TicketImportFormat',
  description: 'Help desk export formats importTickets reads (docs/import-formats.md)',
});

@ObjectType('TicketImportProblem', { description: 'A row of an import file, and what is wrong with it' })
export class TicketImportProblemType {
  @Field(() => Int, { description: '1-based: JSON-lines line, CSV data row, or position in the export\'s tickets array' }) row!: number;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String) reason!: string;
}

@ObjectType('TicketImportSummary')
export class TicketImportSummaryType {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Tickets imported before (same external id) that changed or got new messages' }) updated!: number;
  @Field(() => Int, { description: 'Tickets imported before and unchanged: nothing was written' }) unchanged!: number;
  @Field(() => [TicketImportProblemType], { description: 'Rows not written, with the reason' }) skipped!: TicketImportProblemType[];
  @Field(() => [TicketImportProblemType], { description: 'Rows written whose category triage could not learn' }) warnings!: TicketImportProblemType[];
  @Field(() => [ID], { description: 'Created and updated tickets, in file order' }) ticketIds!: string[];
}
