import { typedDocument } from '../api/typed-document';
import acceptTriageText from './graphql/accept-triage.graphql?raw';
import addMessageText from './graphql/add-message.graphql?raw';
import assignTicketText from './graphql/assign-ticket.graphql?raw';
import changeTicketStatusText from './graphql/change-ticket-status.graphql?raw';
import draftReplyText from './graphql/draft-reply.graphql?raw';
import overrideTriageText from './graphql/override-triage.graphql?raw';
import queueTicketsText from './graphql/queue-tickets.graphql?raw';
import replyDraftRunText from './graphql/reply-draft-run.graphql?raw';
import staffDirectoryText from './graphql/staff-directory.graphql?raw';
import ticketDetailText from './graphql/ticket-detail.graphql?raw';
import ticketKnowledgeText from './graphql/ticket-knowledge.graphql?raw';
import type {
  AgentRunStatus,
  KnowledgeHit,
  QueueTicket,
  ReplyDraftOutput,
  SimilarTicket,
  StaffMember,
  TicketDetail as TicketDetailData,
  TicketFilter,
  TicketPriority,
  TicketStatus,
} from './ticket-types';

export const QueueTickets = typedDocument<
  { tickets: { totalCount: number; edges: { node: QueueTicket }[] } },
  { filter?: TicketFilter; first: number }
>(queueTicketsText);

export const TicketDetail = typedDocument<{ ticket: TicketDetailData | null }, { id: string }>(ticketDetailText);

export const TicketKnowledge = typedDocument<
  { ticket: { id: string; suggestedArticles: KnowledgeHit[]; similarTickets: SimilarTicket[] } | null },
  { id: string }
>(ticketKnowledgeText);

export const AddMessage = typedDocument<
  { addMessage: { id: string; status: TicketStatus } | null },
  { ticketId: string; input: { body: string; internal?: boolean } }
>(addMessageText);

export const AssignTicket = typedDocument<{ assignTicket: { id: string; assigneeId: string | null; version: number } | null }, { id: string; assigneeId: string | null }>(
  assignTicketText,
);

export const ChangeTicketStatus = typedDocument<{ changeTicketStatus: { id: string; status: TicketStatus; version: number } | null }, { id: string; status: TicketStatus }>(
  changeTicketStatusText,
);

export const OverrideTriage = typedDocument<
  { overrideTriage: { id: string } },
  { ticketId: string; category: string; priority?: TicketPriority | null; team?: string | null }
>(overrideTriageText);

export const AcceptTriage = typedDocument<{ acceptTriage: { id: string } }, { ticketId: string }>(acceptTriageText);

export const DraftReply = typedDocument<{ draftReply: { id: string; status: AgentRunStatus } }, { ticketId: string }>(draftReplyText);

export const ReplyDraftRun = typedDocument<
  { agentRun: { id: string; status: AgentRunStatus; output: ReplyDraftOutput | null; error: string | null } | null },
  { id: string }
>(replyDraftRunText);

export const StaffDirectory = typedDocument<{ users: StaffMember[] }>(staffDirectoryText);
