import { typedDocument } from '../api/typed-document';
import acceptTriageText from './graphql/accept-triage.graphql?raw';
import addAttachmentText from './graphql/add-attachment.graphql?raw';
import addMessageText from './graphql/add-message.graphql?raw';
import assignTicketText from './graphql/assign-ticket.graphql?raw';
import changeTicketStatusText from './graphql/change-ticket-status.graphql?raw';
import draftReplyText from './graphql/draft-reply.graphql?raw';
import overrideTriageText from './graphql/override-triage.graphql?raw';
import queueTicketsText from './graphql/queue-tickets.graphql?raw';
import rateDraftText from './graphql/rate-draft.graphql?raw';
import replyDraftRunText from './graphql/reply-draft-run.graphql?raw';
import staffDirectoryText from './graphql/staff-directory.graphql?raw';
import ticketAttachmentsText from './graphql/ticket-attachments.graphql?raw';
import ticketDetailText from './graphql/ticket-detail.graphql?raw';
import ticketKnowledgeText from './graphql/ticket-knowledge.graphql?raw';
import triageCategoriesText from './graphql/triage-categories.graphql?raw';
import updateTicketText from './graphql/update-ticket.graphql?raw';
import type {
  AgentRunStatus,
  KnowledgeHit,
  QueueTicket,
  ReplyDraft,
  ReplyDraftOutput,
  SimilarTicket,
  StaffMember,
  TicketAttachment,
  TicketDetail as TicketDetailData,
  TicketFilter,
  TicketPriority,
  TicketStatus,
  TriageCategory,
} from './ticket-types';

export const QueueTickets = typedDocument<
  { tickets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: QueueTicket }[] } },
  { filter?: TicketFilter; first: number; after?: string | null }
>(queueTicketsText);

export const TicketDetail = typedDocument<{ ticket: TicketDetailData | null }, { id: string }>(ticketDetailText);

export const TicketKnowledge = typedDocument<
  { ticket: { id: string; suggestedArticles: KnowledgeHit[]; similarTickets: SimilarTicket[] } | null },
  { id: string }
>(ticketKnowledgeText);

export const TicketAttachments = typedDocument<{ ticket: { id: string; attachments: TicketAttachment[] | null } | null }, { id: string }>(ticketAttachmentsText);

export const AddAttachment = typedDocument<
  { addAttachment: { id: string; filename: string; size: number } | null },
  { ticketId: string; input: { filename: string; contentType: string; contentBase64: string } }
>(addAttachmentText);

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
  { agentRun: { id: string; status: AgentRunStatus; draft?: ReplyDraft | null; output?: ReplyDraftOutput | null; error: string | null } | null },
  { id: string }
>(replyDraftRunText);

export const StaffDirectory = typedDocument<{ users: StaffMember[] }>(staffDirectoryText);

export const TriageCategories = typedDocument<{ triageCategories: TriageCategory[] }>(triageCategoriesText);

export const UpdateTicket = typedDocument<
  { updateTicket: { id: string; subject: string; priority: TicketPriority; tags: string[]; version: number; slaDueAt: string } | null },
  { id: string; input: { version: number; subject?: string; priority?: TicketPriority; tags?: string[] } }
>(updateTicketText);

/** What an agent did with an AI draft; the server computes the edit distance and keeps no text. */
export const RateDraft = typedDocument<
  { rateDraft: { runId: string; outcome: 'SENT_AS_IS' | 'EDITED' | 'DISCARDED'; editDistance: number | null } | null },
  { runId: string; outcome: 'SENT_AS_IS' | 'EDITED' | 'DISCARDED'; sentText?: string | null; reason?: string | null; idempotencyKey: string }
>(rateDraftText);
