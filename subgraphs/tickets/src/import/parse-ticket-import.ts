import { parseCsvTickets } from './formats/csv-tickets.js';
import { parseFreshdeskTickets } from './formats/freshdesk-tickets.js';
import { parseJsonlTickets } from './formats/jsonl-tickets.js';
import { parseZendeskTickets } from './formats/zendesk-tickets.js';
import { TicketImportFormat, type ParsedRow } from './import-record.js';

const PARSERS: Readonly<Record<TicketImportFormat, (content: string) => ParsedRow[]>> = {
  [TicketImportFormat.ZENDESK]: parseZendeskTickets,
  [TicketImportFormat.FRESHDESK]: parseFreshdeskTickets,
  [TicketImportFormat.CSV]: parseCsvTickets,
  [TicketImportFormat.JSONL]: parseJsonlTickets,
};

/** Every record of an export file, or a problem for the row it could not read (row 0: the whole file). */
export function parseTicketImport(format: TicketImportFormat, content: string): ParsedRow[] {
  return PARSERS[format](content);
}
