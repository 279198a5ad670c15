import { isObject, textOf, type ImportRecord, type ImportRecordMessage, type ParsedRow } from '../import-record.js';

/**
 * Support Graph's own format: one JSON object per line (docs/import-formats.md#json-lines). Blank
 * lines are skipped; `row` is the line number.
 */
export function parseJsonlTickets(content: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const row = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      rows.push({ row, problem: 'is not valid JSON' });
      return;
    }
    rows.push(isObject(value) ? { row, record: jsonlRecord(value) } : { row, problem: 'is not a JSON object' });
  });
  return rows;
}

function jsonlRecord(value: Record<string, unknown>): ImportRecord {
  const customer = isObject(value.customer) ? value.customer : {};
  const messages = Array.isArray(value.messages) ? value.messages.filter(isObject) : [];
  return {
    externalId: textOf(value.externalId ?? value.id),
    subject: textOf(value.subject),
    description: textOf(value.description),
    status: textOf(value.status),
    priority: textOf(value.priority),
    channel: textOf(value.channel),
    category: textOf(value.category),
    team: textOf(value.team),
    tags: Array.isArray(value.tags) ? value.tags.map(String) : [],
    customerEmail: textOf(customer.email),
    customerName: textOf(customer.name),
    assignee: textOf(value.assignee),
    createdAt: textOf(value.createdAt),
    resolvedAt: textOf(value.resolvedAt),
    messages: messages.map(
      (message): ImportRecordMessage => ({
        externalId: textOf(message.id),
        author: String(message.author ?? '').toLowerCase() === 'customer' ? 'CUSTOMER' : 'AGENT',
        authorId: textOf(message.authorId),
        body: textOf(message.body),
        internal: message.internal === true,
        createdAt: textOf(message.createdAt),
      }),
    ),
  };
}
