import { ClientErrors } from '@support-graph/runtime';
import { validateImportRecord } from '../src/import/imported-ticket.js';
import { TicketImportFormat, type ImportRecord } from '../src/import/import-record.js';
import { parseTicketImport } from '../src/import/parse-ticket-import.js';
import { splitTicketImport } from '../src/import/split-ticket-import.js';

const record = (overrides: Partial<ImportRecord> = {}): ImportRecord => ({
  externalId: 'x-1',
  subject: 'Subject',
  description: 'Description',
  status: 'solved',
  priority: 'urgent',
  channel: 'email',
  category: 'Refund not showing up',
  team: 'Billing Team',
  tags: ['VIP Customer', 'vip customer', 'ok'],
  customerEmail: 'A@Example.com',
  customerName: undefined,
  assignee: undefined,
  createdAt: '2026-01-01T10:00:00Z',
  resolvedAt: undefined,
  messages: [{ externalId: '7', author: 'AGENT', authorId: undefined, body: 'Done', internal: false, createdAt: '2026-01-01T11:00:00Z' }],
  ...overrides,
});

describe('validating an imported record', () => {
  it('maps vendor words, keys the category, normalises tags and derives stable message ids', () => {
    const ticket = validateImportRecord(record());
    expect(ticket).toMatchObject({ status: 'RESOLVED', priority: 'URGENT', channel: 'EMAIL', category: 'refund_not_showing_up', team: 'billing-team', tags: ['vip-customer', 'ok'] });
    expect(ticket.customer).toEqual({ email: 'a@example.com', name: 'a' });
    // Resolved without a resolution time: resolved when created.
    expect(ticket.resolvedAt?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(ticket.messages[0]!.id).toBe(validateImportRecord(record()).messages[0]!.id);
    expect(ticket.messages[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('names the field that is wrong', () => {
    const reason = (overrides: Partial<ImportRecord>) => {
      try {
        validateImportRecord(record(overrides));
        return 'valid';
      } catch (error) {
        return (error as ReturnType<typeof ClientErrors.badInput>).message;
      }
    };
    expect(reason({ status: 'archived' })).toContain('status');
    expect(reason({ customerEmail: 'nobody' })).toContain('customer.email');
    expect(reason({ createdAt: 'soon' })).toContain('createdAt');
    expect(reason({ resolvedAt: '2025-12-31T00:00:00Z' })).toContain('resolvedAt');
    expect(reason({ subject: undefined })).toContain('subject');
  });
});

describe('splitting an export into parts', () => {
  it('keeps row numbers of JSON lines, CSV rows and export arrays, and side-loads in every part', () => {
    const jsonl = ['{"a":1}', '', '{"a":2}', '{"a":3}'].join('\n');
    expect(splitTicketImport(TicketImportFormat.JSONL, jsonl, 2).map((batch) => [batch.rowOffset, batch.rows])).toEqual([[0, 2], [3, 1]]);
    const csv = 'external_id,subject\n1,"a, b"\n2,"multi\nline"\n3,c\n';
    const parts = splitTicketImport(TicketImportFormat.CSV, csv, 2);
    expect(parts.map((batch) => batch.rowOffset)).toEqual([0, 2]);
    expect(parts[0]!.content.split('\n')[0]).toBe('"external_id","subject"');
    const zendesk = JSON.stringify({ tickets: [{ id: 1 }, { id: 2 }, { id: 3 }], users: [{ id: 9 }] });
    const zendeskParts = splitTicketImport(TicketImportFormat.ZENDESK, zendesk, 2);
    expect(zendeskParts.map((batch) => JSON.parse(batch.content).users)).toEqual([[{ id: 9 }], [{ id: 9 }]]);
    expect(zendeskParts[1]!.rowOffset).toBe(2);
  });

  it('parses a part with the same rows as the whole file, once shifted', () => {
    const jsonl = ['{"externalId":"a"}', 'oops', '{"externalId":"b"}'].join('\n');
    const whole = parseTicketImport(TicketImportFormat.JSONL, jsonl).map((row) => row.row);
    const parts = splitTicketImport(TicketImportFormat.JSONL, jsonl, 1).flatMap((batch) =>
      parseTicketImport(TicketImportFormat.JSONL, batch.content).map((row) => row.row + batch.rowOffset),
    );
    expect(parts).toEqual(whole);
  });
});
