import { randomUUID } from 'node:crypto';
import { ClientErrors, type Identity } from '@support-graph/runtime';
import { LIMITS, requiredText, validId, validTags } from '../domain/input-limits.js';
import { TicketStatus } from '../domain/ticket-enums.js';
import { formatTicketNumber } from '../domain/ticket-number.js';
import type { DirectoryService } from '../directory/directory-service.js';
import type { UserRecord } from '../directory/store/directory-records.js';
import type { TicketRouter } from '../routing/ticket-router.js';
import type { TicketService } from '../services/ticket-service.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { bodyFor, fillPlaceholders } from './fill-placeholders.js';
import type { MacroRecord } from './macro-records.js';
import type { MacroStore } from './store/macro-store.js';

export interface SaveMacroCommand {
  readonly id?: string | null;
  readonly name: string;
  readonly shortcut: string;
  /** A team macro when set, else a personal one. */
  readonly teamId?: string | null;
  readonly bodies: readonly { readonly language: string; readonly text: string }[];
  readonly status?: string | null;
  readonly addTags?: readonly string[] | null;
  readonly routeToTeamId?: string | null;
}

export interface RenderedMacro {
  readonly macro: MacroRecord;
  readonly language: string;
  readonly text: string;
}

const MAX_BODIES = 30;
const MANAGERS = new Set(['lead', 'admin']);

/**
 * Saved replies: team macros (leads and admins write them, the team's members use them) and personal
 * ones (their owner's). Using one fills its placeholders in the customer's language and applies its
 * actions to the ticket.
 */
export class MacroService {
  constructor(
    private readonly store: MacroStore,
    private readonly tickets: TicketService,
    private readonly ticketStore: TicketStore,
    private readonly directory: DirectoryService,
    private readonly router: TicketRouter,
  ) {}

  async save(actor: Identity, command: SaveMacroCommand): Promise<MacroRecord> {
    const existing = command.id ? await this.store.find(validId('id', command.id)) : null;
    if (command.id && !existing) throw ClientErrors.notFound('Macro', command.id);
    const teamId = command.teamId ? validId('teamId', command.teamId) : null;
    if (teamId && !MANAGERS.has(actor.role)) throw ClientErrors.forbidden('Only leads and admins write team macros');
    if (teamId && !(await this.directory.teamsByIds([teamId]))[0]) throw ClientErrors.notFound('Team', teamId);
    // A personal macro belongs to a user of the directory; a team macro only needs a lead or admin.
    const user = teamId ? await this.directoryUser(actor) : await this.userOf(actor);
    if (existing) this.assertMayEdit(actor, user, existing);
    if (command.bodies.length === 0 || command.bodies.length > MAX_BODIES) throw ClientErrors.badInput('bodies', `1 to ${MAX_BODIES} languages`);
    const bodies: Record<string, string> = {};
    for (const body of command.bodies) {
      const language = requiredText('bodies.language', body.language, 16).toLowerCase();
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(language)) throw ClientErrors.badInput('bodies.language', 'must be a language code such as en or de-at');
      bodies[language] = requiredText('bodies.text', body.text, LIMITS.messageBody);
    }
    const status = command.status ?? null;
    if (status !== null && !Object.values(TicketStatus).includes(status as TicketStatus)) throw ClientErrors.badInput('status', `must be one of ${Object.values(TicketStatus).join(', ')}`);
    const routeToTeamId = command.routeToTeamId ? validId('routeToTeamId', command.routeToTeamId) : null;
    if (routeToTeamId && !(await this.directory.teamsByIds([routeToTeamId]))[0]) throw ClientErrors.notFound('Team', routeToTeamId);
    const shortcut = requiredText('shortcut', command.shortcut, 40).replace(/^\//, '').toLowerCase();
    if (!/^[a-z0-9_-]+$/.test(shortcut)) throw ClientErrors.badInput('shortcut', 'letters, digits, dash and underscore only');
    const macro: MacroRecord = {
      id: existing?.id ?? randomUUID(),
      name: requiredText('name', command.name, 80),
      shortcut,
      teamId,
      ownerId: teamId ? null : (user?.id ?? null),
      bodies,
      actions: { status, addTags: validTags('addTags', command.addTags ?? []), routeToTeamId },
    };
    await this.store.save(macro);
    return macro;
  }

  async delete(actor: Identity, rawId: string): Promise<boolean> {
    const macro = await this.requireVisible(actor, rawId);
    this.assertMayEdit(actor, await this.directoryUser(actor), macro);
    return this.store.delete(macro.id);
  }

  /** The macros the caller may use: their teams' and their own; admins see every team's. */
  async visible(actor: Identity): Promise<MacroRecord[]> {
    const user = await this.directoryUser(actor);
    const macros = await this.store.list();
    return macros
      .filter((macro) => (macro.teamId ? actor.role === 'admin' || (user?.teams.includes(macro.teamId) ?? false) : user !== null && macro.ownerId === user.id))
      .sort((a, b) => a.shortcut.localeCompare(b.shortcut));
  }

  /** The macro's text for the ticket, in `language` (the customer's) when it has one. */
  async render(actor: Identity, rawMacroId: string, rawTicketId: string, language?: string | null): Promise<RenderedMacro> {
    const macro = await this.requireVisible(actor, rawMacroId);
    const ticket = await this.tickets.getTicket(actor, rawTicketId);
    return this.fill(actor, macro, ticket, language ?? (await this.router.routingOf(ticket.id))?.language ?? null);
  }

  /** Renders the macro and applies its actions (status, tags, routing) to the ticket. */
  async apply(actor: Identity, rawMacroId: string, rawTicketId: string, language?: string | null): Promise<RenderedMacro> {
    const rendered = await this.render(actor, rawMacroId, rawTicketId, language);
    const { actions } = rendered.macro;
    const ticket = await this.tickets.getTicket(actor, rawTicketId);
    if (actions.addTags.length > 0) {
      const tags = [...new Set([...ticket.tags, ...actions.addTags])];
      if (tags.length !== ticket.tags.length) await this.tickets.updateTicket(actor, ticket.id, { version: ticket.version, tags });
    }
    if (actions.status && actions.status !== ticket.status) await this.tickets.changeStatus(actor, ticket.id, actions.status as TicketStatus);
    if (actions.routeToTeamId) await this.router.route(actor, ticket.id, actions.routeToTeamId, language);
    return rendered;
  }

  private async fill(actor: Identity, macro: MacroRecord, ticket: TicketRecord, language: string | null): Promise<RenderedMacro> {
    const customer = await this.ticketStore.findCustomer(ticket.customerId);
    const agent = await this.directoryUser(actor);
    const body = bodyFor(macro.bodies, language);
    const text = fillPlaceholders(body.text, { 'customer.name': customer?.name ?? '', 'ticket.number': formatTicketNumber(ticket.number), 'agent.name': agent?.name ?? actor.name ?? '' });
    return { macro, language: body.language, text };
  }

  private async requireVisible(actor: Identity, rawId: string): Promise<MacroRecord> {
    const id = validId('macroId', rawId);
    const macro = (await this.visible(actor)).find((candidate) => candidate.id === id);
    if (!macro) throw ClientErrors.notFound('Macro', id);
    return macro;
  }

  private assertMayEdit(actor: Identity, user: UserRecord | null, macro: MacroRecord): void {
    if (macro.teamId ? !MANAGERS.has(actor.role) : macro.ownerId !== user?.id) throw ClientErrors.forbidden('Not your macro');
  }

  private async userOf(actor: Identity): Promise<UserRecord> {
    const user = await this.directoryUser(actor);
    if (!user) throw ClientErrors.forbidden('Only users of the directory have personal macros');
    return user;
  }

  /** The caller's active user record, or null (a token whose subject is not in the directory). */
  private async directoryUser(actor: Identity): Promise<UserRecord | null> {
    const user = (await this.directory.listUsers()).find((candidate) => candidate.email === actor.subject.toLowerCase());
    return user?.active ? user : null;
  }
}
