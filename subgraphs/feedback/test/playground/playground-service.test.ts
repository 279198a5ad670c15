import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InProcessEventBus, SqliteAuditLog, type DomainEvent, type Identity } from '@support-graph/runtime';
import { openEvalKnowledge, type EvalKnowledge } from '@support-graph/support-agents';
import { readPlaygroundSeed } from '../../src/playground/ai-test/playground-seed.js';
import { createSqliteDatasetStore } from '../../src/playground/datasets/adapters/sqlite-dataset-store.js';
import { createSqliteRunStore } from '../../src/playground/evaluation/adapters/sqlite-run-store.js';
import { GATE_DATASET, PlaygroundService } from '../../src/playground/playground-service.js';
import { seedPlayground } from '../../src/playground/seed-playground.js';
import { openPlaygroundDatabase } from '../../src/playground/versions/adapters/playground-database.js';
import { createSqliteVersionStore } from '../../src/playground/versions/adapters/sqlite-version-store.js';
import type { VersionStore } from '../../src/playground/versions/version-store.js';

const lead: Identity = { subject: 'lead-1', role: 'lead' };
const admin: Identity = { subject: 'admin-1', role: 'admin' };
const PROMISING = readFileSync(fileURLToPath(new URL('./fixtures/promising-reply-template.yaml', import.meta.url)), 'utf8');

describe('PlaygroundService (SQLite stores, real audit log, the agents on the offline knowledge)', () => {
  let folder: string;
  let knowledge: EvalKnowledge;
  let service: PlaygroundService;
  let audit: SqliteAuditLog;
  let versions: VersionStore;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    knowledge = await openEvalKnowledge();
  });
  afterAll(() => knowledge.close());

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'playground-'));
    const db = openPlaygroundDatabase(join(folder, 'playground.sqlite'));
    versions = createSqliteVersionStore(db);
    const datasets = createSqliteDatasetStore(db);
    audit = new SqliteAuditLog('feedback', join(folder, 'audit.sqlite'));
    const bus = new InProcessEventBus();
    events.length = 0;
    await bus.subscribe('playground.', (event) => {
      events.push(event);
    });
    await seedPlayground(readPlaygroundSeed(), { versions, datasets, audit });
    service = new PlaygroundService({
      versions,
      datasets,
      runs: createSqliteRunStore(db),
      audit,
      events: bus,
      environment: async () => ({ knowledge: knowledge.knowledge, articleExternalId: knowledge.externalIdOf }),
    });
  });
  afterEach(async () => {
    await audit.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('seeds the repository configuration: reply-template@1 is production and staging', async () => {
    expect((await service.labels('reply-template')).map((label) => [label.label, label.version, label.protected])).toEqual([
      ['production', 1, true],
      ['staging', 1, false],
    ]);
    expect((await service.labelled('triage-rules', 'production'))?.content).toContain('rules:');
  });

  it('keeps numbered versions with author, message and diff, and refuses an invalid document', async () => {
    const saved = await service.saveVersion(lead, 'reply-template', PROMISING, 'Promise a refund');
    expect(saved).toMatchObject({ number: 2, author: 'lead-1', message: 'Promise a refund' });
    expect(saved.diff).toContain('+    closing: We guarantee a full refund within 24 hours');
    await expect(service.saveVersion(lead, 'reply-template', 'languages: {}', 'broken')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(service.saveVersion(lead, 'nope', 'a: 1', 'x')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await service.versions('reply-template')).map((version) => version.number)).toEqual([2, 1]);
  });

  it('gates production: a version worse on faithfulness cannot be promoted by a lead; a fixed one can; rollback is a label move', async () => {
    const worse = await service.saveVersion(lead, 'reply-template', PROMISING, 'Promise a refund');
    await expect(service.moveLabel(lead, 'reply-template', 'production', worse.number)).rejects.toMatchObject({ extensions: { code: 'PROMOTION_GATE_FAILED' } });
    const run = await service.startRun(lead, 'reply-template', worse.number, GATE_DATASET);
    expect(run.summary.graders.faithfulness!.mean).toBeLessThan(1);
    await expect(service.moveLabel(lead, 'reply-template', 'production', worse.number)).rejects.toThrow(/faithfulness/);
    // Staging is not protected: a lead moves it freely.
    await service.moveLabel(lead, 'reply-template', 'staging', worse.number);

    const fixedContent = PROMISING.replace('We guarantee a full refund within 24 hours if this answer does not solve your problem.', 'If this does not solve your problem, just reply and one of us will take over.');
    const fixed = await service.saveVersion(lead, 'reply-template', fixedContent, 'No promise in the closing');
    await service.startRun(lead, 'reply-template', fixed.number, GATE_DATASET);
    const promoted = await service.moveLabel(lead, 'reply-template', 'production', fixed.number);
    expect(promoted.gate?.passed).toBe(true);
    expect((await service.labelled('reply-template', 'production'))?.number).toBe(fixed.number);

    const rolledBack = await service.rollBack(lead, 'reply-template', 'production');
    expect(rolledBack.pointer.version).toBe(1);
    expect(events.map((event) => [event.type, (event.payload as { to: number }).to])).toEqual([
      ['playground.label_moved', worse.number],
      ['playground.label_moved', fixed.number],
      ['playground.label_moved', 1],
    ]);
    const actions = (await audit.list(100)).entries.map((entry) => entry.action);
    expect(actions.filter((action) => action.startsWith('playground.label'))).toEqual(['playground.label_moved', 'playground.label_moved', 'playground.label_moved']);
  });

  it('evaluates triage rules on the gate dataset by category: a version that loses a rule cannot reach production, one that keeps them can', async () => {
    const production = (await service.labelled('triage-rules', 'production'))!;
    const withoutSwallowedCards = production.content.replace(/  - id: swallowed-card\n(?:    .*\n|      .*\n)+/u, '');
    expect(withoutSwallowedCards).not.toContain('swallowed-card');
    const worse = await service.saveVersion(lead, 'triage-rules', withoutSwallowedCards, 'Drop the swallowed-card rule');
    const worseRun = await service.startRun(lead, 'triage-rules', worse.number, GATE_DATASET);
    const productionRun = await service.startRun(lead, 'triage-rules', production.number, GATE_DATASET);
    expect(worseRun.summary.graders.category!.mean).toBeLessThan(productionRun.summary.graders.category!.mean);
    expect(worseRun.items.find((item) => item.itemId === 'category-04')!.scores.category!.score).toBe(0);
    const refused = service.moveLabel(lead, 'triage-rules', 'production', worse.number);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'PROMOTION_GATE_FAILED' } });
    await expect(service.moveLabel(lead, 'triage-rules', 'production', worse.number)).rejects.toThrow(/category/);

    const reworded = await service.saveVersion(lead, 'triage-rules', `${production.content.trimEnd()}\n`, 'Same rules');
    await service.startRun(lead, 'triage-rules', reworded.number, GATE_DATASET);
    const promoted = await service.moveLabel(lead, 'triage-rules', 'production', reworded.number);
    expect(promoted.gate?.comparisons.map((comparison) => comparison.grader)).toEqual(['category']);
    expect(promoted.gate?.passed).toBe(true);
  });

  it('evaluates missing-information rules by what the reply asks for, and refuses rules that do not parse when saved or run', async () => {
    const production = (await service.labelled('missing-information-rules', 'production'))!;
    const run = await service.startRun(lead, 'missing-information-rules', production.number, GATE_DATASET);
    expect(run.summary.graders['missing-information']!.items).toBe(12);
    const unparseable = 'items: { order_number: { label: 1 } }';
    await expect(service.saveVersion(admin, 'missing-information-rules', unparseable, 'broken')).rejects.toMatchObject({
      message: expect.stringContaining('items.order_number.label'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // A version stored before versions were validated at save is still refused when run.
    const broken = await versions.append({ kind: 'missing-information-rules', content: unparseable, author: 'admin-1', message: 'broken', diff: '' });
    await expect(service.startRun(lead, 'missing-information-rules', broken.number, GATE_DATASET)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(service.startRun(lead, 'llm-rubric', 1, GATE_DATASET)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('runs a model version with the drafter it names: the embedded responder here; a vendor needs an LLM configured', async () => {
    const embedded = await service.saveVersion(admin, 'model', 'provider: embedded\n', 'Local only');
    const run = await service.startRun(lead, 'model', embedded.number, GATE_DATASET);
    expect(run).toMatchObject({ kind: 'model', responder: 'EMBEDDED', model: 'local' });
    expect(run.summary.graders.faithfulness!.items).toBeGreaterThan(0);
    // Version 1 is the deployment's chain, and this service has no LLM configured.
    await expect(service.startRun(lead, 'model', 1, GATE_DATASET)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'responder' } });
    // Runs of a model version are not a gate: only an admin moves its production label.
    await expect(service.moveLabel(lead, 'model', 'production', embedded.number)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('evaluates escalation phrases and weights by who reaches a person: Italian phrases win, a legal weight of 0 loses', async () => {
    const production = (await service.labelled('escalation-weights', 'production'))!;
    const baseline = await service.startRun(lead, 'escalation-weights', production.number, GATE_DATASET);
    expect(baseline.items.find((item) => item.itemId === 'escalation-09')!.scores.escalation!.score).toBe(0);

    const noLegal = await service.saveVersion(lead, 'escalation-weights', production.content.replace(/^  legal: 1$/mu, '  legal: 0'), 'Legal threats alone do not escalate');
    const noLegalRun = await service.startRun(lead, 'escalation-weights', noLegal.number, GATE_DATASET);
    expect(noLegalRun.summary.graders.escalation!.mean).toBeLessThan(baseline.summary.graders.escalation!.mean);
    await expect(service.moveLabel(lead, 'escalation-weights', 'production', noLegal.number)).rejects.toThrow(/escalation/);

    const italian = production.content.replace(/^human_request:\n/mu, "human_request:\n  - '\\b(?:parlare|parlo)\\s+con\\s+(?:un|una|il|la)?\\s*(?:operatore|operatrice|persona|umano|responsabile)'\n");
    const better = await service.saveVersion(lead, 'escalation-weights', italian, 'Italian requests for a person');
    const betterRun = await service.startRun(lead, 'escalation-weights', better.number, GATE_DATASET);
    expect(betterRun.items.find((item) => item.itemId === 'escalation-09')!.scores.escalation!.score).toBe(1);
    expect((await service.moveLabel(lead, 'escalation-weights', 'production', better.number)).gate).toMatchObject({ passed: true, comparisons: [expect.objectContaining({ grader: 'escalation' })] });
  });

  it('evaluates thresholds by category and escalation: a threshold of 0 hands every ticket to a person and cannot reach production', async () => {
    const production = (await service.labelled('thresholds', 'production'))!;
    const everyone = await service.saveVersion(lead, 'thresholds', production.content.replace(/^escalation: [0-9.]+$/mu, 'escalation: 0'), 'Everyone to a person');
    const run = await service.startRun(lead, 'thresholds', everyone.number, GATE_DATASET);
    expect(run.items.filter((item) => item.output.escalation?.escalate === false)).toEqual([]);
    const verdict = await service.checkGate(lead, 'thresholds', everyone.number);
    expect(verdict.comparisons.map((comparison) => [comparison.grader, comparison.worse])).toEqual([
      ['category', false],
      ['escalation', true],
    ]);
    await expect(service.moveLabel(lead, 'thresholds', 'production', everyone.number)).rejects.toMatchObject({ extensions: { code: 'PROMOTION_GATE_FAILED' } });
  });

  it('lets an admin move production past a failing gate only with a reason, and audits it', async () => {
    const worse = await service.saveVersion(lead, 'reply-template', PROMISING, 'Promise a refund');
    await service.startRun(admin, 'reply-template', worse.number, GATE_DATASET);
    await expect(service.moveLabel(admin, 'reply-template', 'production', worse.number)).rejects.toThrow(/needs a reason/);
    await service.moveLabel(admin, 'reply-template', 'production', worse.number, 'Legal approved the refund promise');
    const last = (await audit.list(100)).entries.at(-1)!;
    expect(last).toMatchObject({ action: 'playground.label_moved_past_gate', details: { reason: 'Legal approved the refund promise', gatePassed: false } });
  });

  it('uploads a CSV dataset with personal data redacted, and compares two runs item by item', async () => {
    const csv = 'id,text,language,expectedArticle\none,"I lost my card, mail me at ann@example.com",en,kb-lost-card\ntwo,Do you sell laptops?,en,-\n';
    const dataset = await service.uploadDataset(lead, 'lost-cards', 'csv', csv);
    expect(dataset.items[0]!.text).toBe('I lost my card, mail me at [EMAIL]');
    expect(dataset.items[1]!.expectedArticle).toBeNull();
    await expect(service.uploadDataset(lead, 'bad', 'csv', 'nope\nx')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const worse = await service.saveVersion(lead, 'reply-template', PROMISING, 'Promise a refund');
    const left = await service.startRun(lead, 'reply-template', 1, 'lost-cards');
    const right = await service.startRun(lead, 'reply-template', worse.number, 'lost-cards');
    const pairs = await service.compareRuns(left.id, right.id);
    expect(pairs.map((pair) => pair.itemId)).toEqual(['one', 'two']);
    expect(pairs[0]!.left!.scores.citation!.score).toBe(1);
    expect(pairs[0]!.right!.scores.faithfulness!.score).toBeLessThan(pairs[0]!.left!.scores.faithfulness!.score);
  });

  it('without an LLM: runs are embedded with no rubric grader, CONFIGURED_LLM is refused, and an invalid rubric is refused on save', async () => {
    expect(service.capabilities()).toEqual({ llmConfigured: false, model: null });
    expect(service.graders().map((grader) => grader.name)).not.toContain('llm-rubric');
    await service.uploadDataset(lead, 'one-card', 'jsonl', '{"id":"one","text":"I lost my card","language":"en","expectedArticle":"kb-lost-card"}\n');
    const run = await service.startRun(lead, 'reply-template', 1, 'one-card');
    expect(run).toMatchObject({ responder: 'EMBEDDED', knowledge: 'COMMITTED', model: 'local', rubricVersion: null });
    expect(run.summary.grading).toBeUndefined();
    expect(run.summary.draftedBy).toEqual({ local: 1 });
    expect(Object.keys(run.items[0]!.scores)).not.toContain('llm-rubric');
    expect(await service.run(run.id)).toMatchObject({ responder: 'EMBEDDED', model: 'local', rubricVersion: null });
    await expect(service.startRun(lead, 'reply-template', 1, 'one-card', undefined, { responder: 'CONFIGURED_LLM' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'responder' },
    });
    await expect(service.saveVersion(lead, 'llm-rubric', 'prompt: Score {reply} from 1 to 5.', 'no placeholders')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('{ticket}'),
    });
  });
});
