import type { Grader } from './grader.js';

export const escalationGrader: Grader = {
  name: 'escalation',
  judges: 'Whether the escalation agent handed the ticket to a person exactly when the item expects it (a request for a human, a legal threat, anger that builds up).',
  cannotJudge: 'Whether the handoff summary is useful; how early in a long conversation it should have escalated; items without an expected escalation.',
  grade(item, output) {
    if (item.expectedEscalation === undefined) return undefined;
    const decided = output.escalation;
    if (!decided) return { score: 0, note: 'the escalation agent did not run' };
    const right = decided.escalate === item.expectedEscalation;
    const what = decided.escalate ? `escalated (${decided.reasons.join(', ') || 'no reason'}; score ${decided.score})` : `kept automated (score ${decided.score})`;
    return { score: right ? 1 : 0, note: right ? what : `${what}; expected ${item.expectedEscalation ? 'a person' : 'no escalation'}` };
  },
};
