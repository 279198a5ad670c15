import { typedDocument } from '../api/typed-document';
import helpArticleText from './graphql/help-article.graphql?raw';
import myTicketText from './graphql/my-ticket.graphql?raw';
import myTicketsText from './graphql/my-tickets.graphql?raw';
import openTicketText from './graphql/open-ticket.graphql?raw';
import rateTicketText from './graphql/rate-ticket.graphql?raw';
import suggestArticlesText from './graphql/suggest-articles.graphql?raw';
import type { HelpArticle as HelpArticleData, KnowledgeHit, MyTicketDetail, MyTicketSummary, Satisfaction } from './help-types';

export const SuggestArticles = typedDocument<{ suggestArticles: KnowledgeHit[] }, { text: string }>(suggestArticlesText);

export const OpenTicket = typedDocument<
  { createTicket: { id: string; number: string; status: string } | null },
  { input: { subject: string; description: string; channel?: 'WEB' } }
>(openTicketText);

export const MyTickets = typedDocument<{ tickets: { edges: { node: MyTicketSummary }[] } }>(myTicketsText);

export const MyTicket = typedDocument<{ ticket: MyTicketDetail | null }, { id: string }>(myTicketText);

export const HelpArticle = typedDocument<{ article: HelpArticleData | null }, { id: string }>(helpArticleText);

export const RateTicket = typedDocument<
  { rateTicket: Satisfaction | null },
  { ticketId: string; score: number; comment: string | null; idempotencyKey: string }
>(rateTicketText);
