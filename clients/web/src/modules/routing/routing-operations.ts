import { typedDocument } from '../api/typed-document';
import applyMacroText from './graphql/apply-macro.graphql?raw';
import assignmentNotificationsText from './graphql/assignment-notifications.graphql?raw';
import macrosText from './graphql/macros.graphql?raw';
import myRoutingText from './graphql/my-routing.graphql?raw';
import renderMacroText from './graphql/render-macro.graphql?raw';
import reportActivityText from './graphql/report-activity.graphql?raw';
import setPresenceText from './graphql/set-presence.graphql?raw';
import slaNoticesText from './graphql/sla-notices.graphql?raw';

/** Hand-written types for the routing module's operations (graphql/*.graphql). */
export type Presence = 'ONLINE' | 'AWAY' | 'OFFLINE';

interface AgentRouting {
  readonly agentId: string;
  readonly presence: Presence;
}
interface NoticeTicket {
  readonly id: string;
  readonly number: string;
  readonly subject: string;
}
export interface AssignmentNotification {
  readonly id: string;
  readonly ticketId: string;
  readonly reason: string;
  readonly occurredAt: string;
  readonly ticket: NoticeTicket | null;
}
export interface SlaNotice {
  readonly id: string;
  readonly ticketId: string;
  readonly clock: string;
  readonly dueAt: string;
  readonly breached: boolean;
  readonly ticket: NoticeTicket | null;
}
export interface MacroSummary {
  readonly id: string;
  readonly name: string;
  readonly shortcut: string;
}
interface RenderedMacro {
  readonly macroId: string;
  readonly language: string;
  readonly text: string;
}
type MacroVariables = { macroId: string; ticketId: string; language?: string | null };

export const MyRouting = typedDocument<{ myRouting: AgentRouting | null }, Record<string, never>>(myRoutingText);
export const SetPresence = typedDocument<{ setPresence: AgentRouting | null }, { presence: Presence }>(setPresenceText);
export const ReportActivity = typedDocument<{ reportActivity: AgentRouting | null }, Record<string, never>>(reportActivityText);
export const AssignmentNotifications = typedDocument<{ assignmentNotifications: AssignmentNotification }, Record<string, never>>(assignmentNotificationsText);
export const SlaNotices = typedDocument<{ slaNotices: SlaNotice }, Record<string, never>>(slaNoticesText);
export const Macros = typedDocument<{ macros: MacroSummary[] }, Record<string, never>>(macrosText);
export const RenderMacro = typedDocument<{ renderMacro: RenderedMacro | null }, MacroVariables>(renderMacroText);
export const ApplyMacro = typedDocument<{ applyMacro: RenderedMacro | null }, MacroVariables>(applyMacroText);
