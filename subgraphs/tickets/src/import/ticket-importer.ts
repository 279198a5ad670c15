import { randomUUID } from 'node:crypto';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';
import { slaDueAt } from '../domain/sla-policy.js';
import { MessageAuthorRole } from '../domain/ticket-enums.js';
import type { FieldChange } from '../events/tickets-events.js';
import { ticketCreated, ticketUpdated } from '../services/ticket-event-factories.js';
import type { HistoryRecord, TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { validateImportRecord, type ImportedTicket } from './imported-ticket.js';
import type { TicketImportFormat } from './import-record.js';
import { parseTicketImport } from './parse-ticket-import.js';
import type { TriageLabels } from './triage-labels.js';

export interface TicketImportProblem {
  readonly row: number;
  readonly externalId: string | null;
  readonly reason: string;
}

export interface TicketImportSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows not written, each with why. */
  readonly skipped: TicketImportProblem[];
  /** Rows written whose category triage could not learn (the agents subgraph did not answer). */
  readonly warnings: TicketImportProblem[];
  /** Ids of the created and updated tickets, in file order. */
  readonly ticketIds: string[];
}

type Outcome = { readonly kind: 'created' | 'updated' | 'unchanged'; readonly ticket: TicketRecord; readonly categoryChanged: boolean };

/**
 * Imports a help desk's history: each row is validated on its own, then its ticket, messages and
 * customer are written in one transaction (a bad row is skipped, never half-written). Idempotent by
 * external id: a second import updates what changed, adds new messages and leaves the rest.
 */
export class TicketImporter {
  constructor(
    private readonly store: TicketStore,
    private readonly labels: TriageLabels | undefined,
    private readonly now: () => Date = () => new Date(),
    private readonly onCommitted: () => void = () => {},
  ) {}

  async importTickets(identity: Identity, format: TicketImportFormat, content: string): Promise<TicketImportSummary> {
    if (identity.role !== 'admin') throw ClientErrors.forbidden('Only admins import tickets');
    const rows = parseTicketImport(format, content);
    const unreadable = rows.find((row) => row.row === 0 && 'problem' in row);
    if (unreadable && 'problem' in unreadable) throw ClientErrors.badInput('content', unreadable.problem);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const skipped: TicketImportProblem[] = [];
    const warnings: TicketImportProblem[] = [];
    const ticketIds: string[] = [];
    const firstRowOf = new Map<string, number>();
    for (const parsed of rows) {
      if ('problem' in parsed) {
        skipped.push({ row: parsed.row, externalId: null, reason: parsed.problem });
        continue;
      }
      const externalId = parsed.record.externalId?.trim() || null;
      try {
        const imported = validateImportRecord(parsed.record);
        const earlier = firstRowOf.get(imported.externalId);
        if (earlier !== undefined) throw ClientErrors.badInput('externalId', `repeats row ${earlier}`);
        firstRowOf.set(imported.externalId, parsed.row);
        const outcome = await this.upsert(identity, imported);
        counts[outcome.kind] += 1;
        if (outcome.kind !== 'unchanged') ticketIds.push(outcome.ticket.id);
        if (outcome.categoryChanged && imported.category && this.labels) {
          await this.labels.record(identity, outcome.ticket.id, imported.category, imported.team).catch((error: unknown) => {
            warnings.push({ row: parsed.row, externalId, reason: `imported, but triage did not learn its category: ${error instanceof Error ? error.message : String(error)}` });
          });
        }
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        skipped.push({ row: parsed.row, externalId, reason: error.message });
      }
    }
    return { ...counts, skipped, warnings, ticketIds };
  }

  private async upsert(identity: Identity, imported: ImportedTicket): Promise<Outcome> {
    const existing = await this.store.findTicketByExternalId(imported.externalId);
    if (!existing) {
      const ticket = await this.store.createTicket(this.draft(identity, imported), { id: randomUUID(), createdAt: imported.createdAt, ...imported.customer }, (created) => [
        ticketCreated(created),
      ]);
      this.onCommitted();
      return { kind: 'created', ticket, categoryChanged: true };
    }
    if (!differs(existing, imported)) return { kind: 'unchanged', ticket: existing, categoryChanged: false };
    const ticket = await this.store.updateTicket(existing.id, undefined, (current) => {
      const at = this.now();
      const changes: FieldChange[] = [];
      const set = <K extends 'subject' | 'description' | 'status' | 'priority' | 'category'>(field: K, value: TicketRecord[K]) => {
        if (current[field] === value) return;
        changes.push({ field, from: current[field], to: value });
        current[field] = value;
      };
      set('subject', imported.subject);
      set('description', imported.description);
      set('status', imported.status);
      set('priority', imported.priority);
      set('category', imported.category);
      if (current.tags.join('|') !== imported.tags.join('|')) {
        changes.push({ field: 'tags', from: current.tags.join(','), to: imported.tags.join(',') });
        current.tags = imported.tags;
        current.tagIndex = `|${imported.tags.join('|')}|`;
      }
      const known = new Set(current.messages.map((message) => message.id));
      const added = imported.messages.filter((message) => !known.has(message.id));
      if (added.length > 0) {
        current.messages = [...current.messages, ...added].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
        changes.push({ field: 'messages', from: null, to: `${added.length} imported` });
      }
      current.resolvedAt = imported.resolvedAt;
      current.firstResponseAt ??= firstResponse(imported);
      current.slaDueAt = slaDueAt(current);
      current.updatedAt = at;
      for (const change of changes) current.history.push({ changedAt: at, actor: identity.subject, field: change.field, from: change.from ?? null, to: change.to ?? null });
      return [ticketUpdated(current, changes)];
    });
    this.onCommitted();
    return { kind: 'updated', ticket, categoryChanged: existing.category !== imported.category };
  }

  private draft(identity: Identity, imported: ImportedTicket) {
    const history: HistoryRecord[] = [
      { changedAt: imported.createdAt, actor: identity.subject, field: 'status', from: null, to: imported.status },
      { changedAt: this.now(), actor: identity.subject, field: 'imported', from: null, to: imported.externalId },
    ];
    const lastActivity = [imported.createdAt, imported.resolvedAt, ...imported.messages.map((message) => message.createdAt)]
      .filter((at): at is Date => at !== null)
      .reduce((latest, at) => (at > latest ? at : latest));
    return {
      id: randomUUID(),
      subject: imported.subject,
      description: imported.description,
      status: imported.status,
      priority: imported.priority,
      category: imported.category,
      channel: imported.channel,
      tags: imported.tags,
      tagIndex: `|${imported.tags.join('|')}|`,
      assigneeId: imported.assignee,
      integration: null,
      externalId: imported.externalId,
      messages: imported.messages,
      history,
      createdAt: imported.createdAt,
      updatedAt: lastActivity,
      firstResponseAt: firstResponse(imported),
      resolvedAt: imported.resolvedAt,
      slaDueAt: slaDueAt({ createdAt: imported.createdAt, priority: imported.priority, firstResponseAt: firstResponse(imported) }),
    };
  }
}

function firstResponse(imported: ImportedTicket): Date | null {
  return imported.messages.find((message) => message.authorRole === MessageAuthorRole.AGENT && !message.internal)?.createdAt ?? null;
}

function differs(existing: TicketRecord, imported: ImportedTicket): boolean {
  const known = new Set(existing.messages.map((message) => message.id));
  return (
    existing.subject !== imported.subject ||
    existing.description !== imported.description ||
    existing.status !== imported.status ||
    existing.priority !== imported.priority ||
    existing.category !== imported.category ||
    existing.tags.join('|') !== imported.tags.join('|') ||
    imported.messages.some((message) => !known.has(message.id))
  );
}
