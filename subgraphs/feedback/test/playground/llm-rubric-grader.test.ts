import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@support-graph/runtime';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import { llmRubricProblem, parseLlmRubric } from '../../src/playground/configs/llm-rubric-document.js';
import type { DatasetItem } from '../../src/playground/datasets/dataset-item.js';
import { configuredLlmFromSettings } from '../../src/playground/evaluation/adapters/configured-llm-from-settings.js';
import { LlmRubricGrader } from '../../src/playground/evaluation/graders/llm-rubric/llm-rubric-grader.js';
import { parseRubricVerdict } from '../../src/playground/evaluation/graders/llm-rubric/rubric-verdict.js';
import type { ItemOutput } from '../../src/playground/evaluation/item-output.js';

const SEED_RUBRIC = readFileSync(fileURLToPath(new URL('../../playground/seed/llm-rubric.yaml', import.meta.url)), 'utf8');

describe('LLM rubric: the answer parser', () => {
  it('reads a strict JSON answer, and one with a code fence or a sentence around it', () => {
    expect(parseRubricVerdict('{"score": 0.8, "reason": "Correct and kind."}')).toEqual({ score: 0.8, reason: 'Correct and kind.' });
    expect(parseRubricVerdict('Here is my grade:\n```json\n{"score": 1, "reason": "All good"}\n```')).toEqual({ score: 1, reason: 'All good' });
    expect(parseRubricVerdict('{"score": 0}')).toEqual({ score: 0, reason: 'no reason given' });
  });

  it('refuses malformed answers with a note instead of guessing', () => {
    expect(parseRubricVerdict('4')).toEqual({ problem: 'the model answered without a JSON object' });
    expect(parseRubricVerdict('{score: 0.5, reason: "unquoted"}')).toEqual({ problem: 'the model answered with invalid JSON' });
    expect(parseRubricVerdict('{"score": "high", "reason": "x"}')).toEqual({ problem: 'the model gave no numeric "score"' });
    expect(parseRubricVerdict('{"reason": "forgot the score"}')).toEqual({ problem: 'the model gave no numeric "score"' });
  });

  it('refuses scores outside 0–1 (a 1–5 scale answer is not rescaled)', () => {
    expect(parseRubricVerdict('{"score": 4, "reason": "good"}')).toEqual({ problem: "the model's score 4 is outside 0–1" });
    expect(parseRubricVerdict('{"score": -0.1, "reason": "bad"}')).toEqual({ problem: "the model's score -0.1 is outside 0–1" });
  });
});

describe('LLM rubric: the versioned document', () => {
  it('accepts the seed and requires every placeholder', () => {
    expect(llmRubricProblem(SEED_RUBRIC)).toBeUndefined();
    expect(llmRubricProblem('prompt: Grade {reply} for {ticket} against {passages}.')).toBe('prompt: must contain {reference}');
    expect(llmRubricProblem('prompt: Score it from 1 to 5.')).toBe('prompt: must contain {ticket}, {reply}, {passages}, {reference}');
    expect(llmRubricProblem('- a list')).toBe('must be a YAML mapping');
    expect(llmRubricProblem('rubric: x')).toBe('prompt: must be a non-empty text');
    expect(llmRubricProblem('prompt: [unclosed')).toMatch(/^not valid YAML/);
  });
});

describe('LLM rubric grader against the fake Anthropic API', () => {
  let anthropic: FakeVendorServer;
  const item: DatasetItem = {
    id: 'card',
    text: 'I lost my card, write to me at [EMAIL]',
    customerName: 'Robin',
    reference: 'Freeze the card in the app; a new one arrives within 5 business days.',
  };
  const output: ItemOutput = {
    reply: 'Hello Robin,\n\nFreeze your card in the app. A new card arrives within 5 business days.\n\nKind regards',
    citedArticles: ['kb-lost-card'],
    citedPassages: [{ id: 'a1#0', title: 'Lost card', text: 'Freeze your card in the app. A new card arrives within 5 business days.', score: 1 }],
    language: 'en',
    grounded: true,
  };
  let grader: LlmRubricGrader;

  beforeAll(async () => {
    anthropic = await startFakeAnthropicServer();
    const llm = configuredLlmFromSettings(loadConfig({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: anthropic.url, ANTHROPIC_MODEL: 'claude-haiku-4-5', LLM_TIMEOUT_MS: '2000' }));
    grader = new LlmRubricGrader(llm!.provider, parseLlmRubric(SEED_RUBRIC), 3);
  });
  afterAll(() => anthropic.close());

  it('scores from a good answer and reports what the call cost; the rubric is the instructions, the material is data with the name masked', async () => {
    anthropic.enqueue({ kind: 'stream', deltas: ['{"score": 0.9, ', '"reason": "Correct and complete."}'] });
    const judged = await grader.judge(item, output);
    expect(judged.score).toEqual({ score: 0.9, note: 'Correct and complete.' });
    expect(judged.ungraded).toBeUndefined();
    expect(judged.costUsd).toBeGreaterThan(0);
    expect(judged.latencyMs).toBeGreaterThan(0);
    const sent = anthropic.requests.at(-1)!.body as { system: string; messages: { content: string }[] };
    expect(sent.system).toContain('the reply under review (the agent message in <conversation>)');
    expect(sent.system).not.toContain('{reply}');
    expect(sent.system).not.toContain('Freeze your card');
    expect(sent.messages[0]!.content).toContain('Freeze your card in the app');
    expect(sent.messages[0]!.content).toContain('<passage id="reference"');
    expect(anthropic.requests.at(-1)!.rawBody).not.toContain('Robin');
    // Only the dataset's name is replaced: the sign-off stays as the customer reads it.
    expect(sent.messages[0]!.content).toContain('Hello [NAME],');
    expect(sent.messages[0]!.content).toContain('Kind regards');
  });

  it('leaves the item ungraded with a note on malformed or out-of-range answers', async () => {
    anthropic.enqueue({ kind: 'stream', deltas: ['I would give it a 4.'] });
    expect(await grader.judge(item, output)).toMatchObject({ ungraded: 'the model answered without a JSON object' });
    anthropic.enqueue({ kind: 'stream', deltas: ['{"score": 4, "reason": "good"}'] });
    const judged = await grader.judge(item, output);
    expect(judged).toMatchObject({ ungraded: "the model's score 4 is outside 0–1" });
    expect(judged.score).toBeUndefined();
    expect(judged.costUsd).toBeGreaterThan(0);
  });

  it('does not take the embedded responder’s fallback answer for a grade when the vendor fails', async () => {
    anthropic.enqueue({ kind: 'error', status: 500, errorType: 'api_error' });
    expect(await grader.judge(item, output)).toMatchObject({ ungraded: 'the configured LLM did not answer (the embedded responder did)', costUsd: 0 });
  });
});

describe('the configured LLM of evaluation runs', () => {
  let anthropic: FakeVendorServer;
  beforeAll(async () => {
    anthropic = await startFakeAnthropicServer();
    anthropic.answerWith(() => ({ kind: 'stream', deltas: ['{"score": 1, "reason": "fine"}'] }));
  });
  afterAll(() => anthropic.close());

  it('waits for the rate budget instead of falling back to the embedded responder past the burst', async () => {
    const config = loadConfig({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: anthropic.url, ANTHROPIC_MODEL: 'claude-haiku-4-5', LLM_BURST: '2', LLM_REQUESTS_PER_SECOND: '20' });
    const llm = configuredLlmFromSettings(config)!;
    expect(llm.model).toBe('anthropic/claude-haiku-4-5');
    const grader = new LlmRubricGrader(llm.provider, parseLlmRubric(SEED_RUBRIC), 1);
    const item: DatasetItem = { id: 'x', text: 'I lost my card' };
    const output: ItemOutput = { reply: 'Freeze it in the app.', citedArticles: [], citedPassages: [], language: 'en', grounded: false };
    const judged = [];
    for (let i = 0; i < 6; i++) judged.push(await grader.judge(item, output));
    expect(judged.map((judgement) => judgement.ungraded ?? judgement.score?.score)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(anthropic.requests).toHaveLength(6);
  });

  it('is absent without a key', () => {
    expect(configuredLlmFromSettings(loadConfig({}))).toBeUndefined();
  });
});
