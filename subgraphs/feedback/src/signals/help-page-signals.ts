import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { AnalyticsCube } from '../analytics/analytics-cube.js';
import { emptyCounts, setCounter } from '../analytics/cube-counts.js';
import { dayOf, HELP_PAGE_CHANNEL } from '../analytics/cube-dimensions.js';
import { HelpOutcome } from '../store/feedback-records.js';

const ID = /^[A-Za-z0-9._:-]{8,128}$/u;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u;

function checked(field: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw ClientErrors.badInput(field, 'is not in the expected form');
  return value;
}

/**
 * What customers tell the help page: whether an article helped, and how a visit ended after
 * reading suggestions (left without a ticket: deflected). The visit id the page generates is the
 * idempotency key: a visit or a vote counts once however often the page sends it.
 */
export class HelpPageSignals {
  constructor(private readonly cube: AnalyticsCube) {}

  async recordVisit(identity: Identity, input: { visitId: string; outcome: HelpOutcome; articlesRead: number; language: string }): Promise<boolean> {
    assertCustomer(identity);
    if (!Number.isInteger(input.articlesRead) || input.articlesRead < 1 || input.articlesRead > 100) {
      throw ClientErrors.badInput('articlesRead', 'must be 1–100: a visit counts once a suggestion was read');
    }
    const now = new Date();
    const language = checked('language', input.language, LANGUAGE);
    const record = { sessionId: checked('visitId', input.visitId, ID), outcome: input.outcome, language, articlesRead: input.articlesRead, createdAt: now };
    const counts = emptyCounts();
    setCounter(counts, 'helpSessions', 1);
    setCounter(counts, 'deflections', input.outcome === HelpOutcome.DEFLECTED ? 1 : 0);
    // The visit and its rollup commit together; a visit sent again changes nothing.
    await this.cube.addToCell(helpCell(now, language), counts, { kind: 'visit', record });
    return true;
  }

  async voteArticle(identity: Identity, input: { visitId: string; articleId: string; helpful: boolean; language: string }): Promise<boolean> {
    assertCustomer(identity);
    const now = new Date();
    const language = checked('language', input.language, LANGUAGE);
    const visitId = checked('visitId', input.visitId, ID);
    const articleId = checked('articleId', input.articleId, /^[A-Za-z0-9._:-]{1,128}$/u);
    const counts = emptyCounts();
    setCounter(counts, input.helpful ? 'articleHelpful' : 'articleNotHelpful', 1);
    const record = { id: `${visitId}:${articleId}`, articleId, helpful: input.helpful, language, createdAt: now };
    await this.cube.addToCell(helpCell(now, language), counts, { kind: 'vote', record });
    return input.helpful;
  }
}

function helpCell(at: Date, language: string) {
  return { day: dayOf(at), team: '', category: '', channel: HELP_PAGE_CHANNEL, language, mode: '' };
}

function assertCustomer(identity: Identity): void {
  if (identity.role !== 'customer') throw ClientErrors.forbidden('Help-page signals come from customers');
}
