import type { FakeReply, RecordedRequest } from '@support-graph/test-kit';

/** The rubric's grade the fake gives every reply but the laptops ticket's. */
export const FAKE_RUBRIC_SCORE = 0.75;

/** A request of the LLM rubric grader (the seeded rubric and the tests' rubrics say so), not a draft. */
export function isGradingRequest(request: RecordedRequest): boolean {
  return (request.body as { system: string }).system.includes('This is a grading task');
}

/**
 * How the fake Anthropic API answers the playground: a rubric grade (JSON) for grading requests,
 * malformed for the "Do you sell laptops?" ticket, and otherwise a draft citing the first article
 * passage it was given (a holding sentence when none).
 */
export function playgroundVendorAnswer(request: RecordedRequest): FakeReply {
  const user = (request.body as { messages: { content: string }[] }).messages[0]?.content ?? '';
  if (isGradingRequest(request)) {
    if (user.includes('Do you sell laptops?')) return { kind: 'stream', deltas: ['I would give it a 4 out of 5.'] };
    return { kind: 'stream', deltas: [`{"score": ${FAKE_RUBRIC_SCORE}, `, '"reason": "Correct, could be shorter."}'] };
  }
  const passage = user.match(/<passage id="([^"]+)"[^>]*source="article"/)?.[1];
  return { kind: 'stream', deltas: passage ? ['Freeze your card in the app under Cards. ', `[${passage}]`] : ['A member of the support team will follow up.'] };
}
