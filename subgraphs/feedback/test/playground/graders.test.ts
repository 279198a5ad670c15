import type { RetrievedPassage } from '@support-graph/support-agents';
import type { DatasetItem } from '../../src/playground/datasets/dataset-item.js';
import type { ItemOutput } from '../../src/playground/evaluation/item-output.js';
import { articleCitationGrader } from '../../src/playground/evaluation/graders/article-citation-grader.js';
import { completenessGrader } from '../../src/playground/evaluation/graders/completeness-grader.js';
import { escalationGrader } from '../../src/playground/evaluation/graders/escalation-grader.js';
import { faithfulnessGrader } from '../../src/playground/evaluation/graders/faithfulness-grader.js';
import { missingInformationGrader } from '../../src/playground/evaluation/graders/missing-information-grader.js';
import { toneGrader } from '../../src/playground/evaluation/graders/tone-grader.js';
import { promotionGate } from '../../src/playground/evaluation/promotion-gate.js';

const PASSAGE: RetrievedPassage = {
  id: 'a1#0',
  title: 'Lost or stolen card',
  text: 'Freeze your card in the app under Cards › Freeze card. A new card arrives within 5 business days.',
  score: 1,
  source: 'article',
};
const REPLY = 'Hello Ann,\n\nThank you for getting in touch.\n\nFreeze your card in the app under Cards › Freeze card. A new card arrives within 5 business days.\n\nKind regards,\nThe support team';
const item: DatasetItem = { id: 'x', text: 'I lost my card' };
const output = (reply: string, extra: Partial<ItemOutput> = {}): ItemOutput => ({ reply, citedArticles: ['kb-lost-card'], citedPassages: [PASSAGE], language: 'en', grounded: true, ...extra });

describe('graders', () => {
  it('faithfulness: claims backed by the cited passage pass, a promise no passage makes fails, courtesy is not judged', () => {
    expect(faithfulnessGrader.grade(item, output(REPLY))).toMatchObject({ score: 1 });
    const promising = REPLY.replace('Kind regards', 'We guarantee a full refund within 24 hours.\n\nKind regards');
    const graded = faithfulnessGrader.grade(item, output(promising)) as { score: number; note: string };
    // Two claims (the delay and the promise): one is backed.
    expect(graded.score).toBe(0.5);
    expect(graded.note).toContain('We guarantee a full refund within 24 hours.');
    expect(faithfulnessGrader.grade(item, output('Hello,\n\nThank you for getting in touch.', { citedPassages: [] }))).toMatchObject({ score: 1 });
  });

  it('citation: the expected article, half marks with others, nothing when nothing answers; no expectation, no verdict', () => {
    expect(articleCitationGrader.grade({ ...item, expectedArticle: 'kb-lost-card' }, output(REPLY))).toMatchObject({ score: 1 });
    expect(articleCitationGrader.grade({ ...item, expectedArticle: 'kb-lost-card' }, output(REPLY, { citedArticles: ['kb-lost-card', 'kb-fees'] }))).toMatchObject({ score: 0.5 });
    expect(articleCitationGrader.grade({ ...item, expectedArticle: null }, output(REPLY))).toMatchObject({ score: 0 });
    expect(articleCitationGrader.grade(item, output(REPLY))).toBeUndefined();
  });

  it('completeness counts the reference words the reply says; missing-information is set overlap', () => {
    expect((completenessGrader.grade({ ...item, reference: 'Freeze your card in the app.' }, output(REPLY)) as { score: number }).score).toBe(1);
    expect((completenessGrader.grade({ ...item, reference: 'Call the emergency hotline.' }, output(REPLY)) as { score: number }).score).toBe(0);
    expect(missingInformationGrader.grade({ ...item, expectedMissing: ['card_last4', 'transaction_date'] }, output(REPLY, { missing: ['card_last4'] }))).toMatchObject({ score: 0.5 });
    expect(missingInformationGrader.grade({ ...item, expectedMissing: [] }, output(REPLY, { missing: [] }))).toMatchObject({ score: 1 });
  });

  it('escalation: right when the agent handed over exactly when expected; no expectation, no verdict', () => {
    const handedOver = { escalate: true, score: 1, reasons: ['asked for a person'] };
    expect(escalationGrader.grade({ ...item, expectedEscalation: true }, output(REPLY, { escalation: handedOver }))).toMatchObject({ score: 1, note: expect.stringContaining('asked for a person') });
    expect(escalationGrader.grade({ ...item, expectedEscalation: false }, output(REPLY, { escalation: handedOver }))).toMatchObject({ score: 0, note: expect.stringContaining('expected no escalation') });
    expect(escalationGrader.grade({ ...item, expectedEscalation: true }, output(REPLY, { escalation: { escalate: false, score: 0.2, reasons: [] } }))).toMatchObject({ score: 0 });
    expect(escalationGrader.grade({ ...item, expectedEscalation: true }, output(REPLY))).toMatchObject({ score: 0, note: 'the escalation agent did not run' });
    expect(escalationGrader.grade(item, output(REPLY))).toBeUndefined();
  });

  it('tone: a framed reply passes all six checks; a curt, shouting one fails several', () => {
    expect(toneGrader.grade(item, output(REPLY))).toMatchObject({ score: 1 });
    const curt = toneGrader.grade(item, output('Read the manual. OBVIOUSLY YOUR CARD IS FROZEN.')) as { score: number; note: string };
    expect(curt.score).toBeLessThan(0.5);
    expect(curt.note).toMatch(/greeting.*closing.*politeness/);
  });
});

describe('promotion gate', () => {
  const summary = (means: Record<string, number>) => ({
    items: 3,
    graders: Object.fromEntries(Object.entries(means).map(([grader, mean]) => [grader, { mean, items: 3 }])),
    costUsd: 0,
    latencyMs: { mean: 1, p95: 1 },
  });

  it('passes when no chosen grader is worse, fails naming the one that is, and fails a grader that was not measured', () => {
    expect(promotionGate(summary({ faithfulness: 1, tone: 0.9 }), { faithfulness: 1, tone: 0.902 }, ['faithfulness', 'tone']).passed).toBe(true);
    const worse = promotionGate(summary({ faithfulness: 0.7, tone: 1 }), { faithfulness: 1, tone: 0.9 }, ['faithfulness', 'tone']);
    expect(worse.comparisons.filter((comparison) => comparison.worse).map((comparison) => comparison.grader)).toEqual(['faithfulness']);
    expect(promotionGate(summary({ tone: 1 }), { faithfulness: 1 }, ['faithfulness']).passed).toBe(false);
  });
});
