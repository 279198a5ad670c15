/** A saved reply: text per language with placeholders, and actions applied when it is used. */
export interface MacroRecord {
  readonly id: string;
  readonly name: string;
  /** Typed in the reply box after `/` to insert it, e.g. `refund`. */
  readonly shortcut: string;
  /** A team's macro (its members see it), or null for a personal one. */
  readonly teamId: string | null;
  /** The user a personal macro belongs to; null for team macros. */
  readonly ownerId: string | null;
  /** Language code → text; `{{customer.name}}`, `{{ticket.number}}`, `{{agent.name}}` are filled in. */
  readonly bodies: Readonly<Record<string, string>>;
  readonly actions: MacroActions;
}

export interface MacroActions {
  /** A `TicketStatus` to move the ticket to. */
  readonly status: string | null;
  readonly addTags: readonly string[];
  /** Route the ticket to this team. */
  readonly routeToTeamId: string | null;
}
