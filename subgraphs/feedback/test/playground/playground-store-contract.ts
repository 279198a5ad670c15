import { describeUnlessSkipped } from '@support-graph/test-kit';
import type { EvaluationRun } from '../../src/playground/evaluation/evaluation-run.js';
import type { NewExperiment } from '../../src/playground/experiments/experiment-store.js';
import { GATE_SETUP } from '../../src/playground/evaluation/run-setup.js';
import type { PlaygroundStores } from '../../src/playground/open-playground-stores.js';

function run(id: string, version: number, createdAt: string, dataset = 'gate-replies', setup: Partial<EvaluationRun> = {}): EvaluationRun {
  return {
    id,
    kind: 'reply-template',
    version,
    dataset,
    datasetVersion: 1,
    responder: 'EMBEDDED',
    knowledge: 'COMMITTED',
    model: 'local',
    rubricVersion: null,
    ...setup,
    summary: { items: 1, graders: { tone: { mean: 0.5, items: 1 } }, costUsd: 0, latencyMs: { mean: 3, p95: 3 } },
    items: [{ itemId: 'a', output: { reply: 'Hello', citedArticles: [], citedPassages: [], language: 'en', grounded: false }, scores: { tone: { score: 0.5, note: 'no sign-off' } }, costUsd: 0, latencyMs: 3 }],
    createdBy: 'lead-1',
    createdAt,
  };
}

const started = (id: string, kind: NewExperiment['kind'] = 'reply-template'): NewExperiment => ({
  id,
  kind,
  controlLabel: 'production',
  candidateLabel: 'staging',
  candidateShare: 30,
  controlVersionAtStart: 1,
  candidateVersionAtStart: 2,
  startedBy: 'admin-1',
  startedAt: '2030-01-02T10:00:00.000Z',
});

/** The behaviour every playground store adapter must have; run against each by its own test file. */
export function playgroundStoreContract(name: string, open: () => Promise<PlaygroundStores>, skipReason?: string) {
  describeUnlessSkipped(`Playground stores contract: ${name}`, skipReason, () => {
    let stores: PlaygroundStores;
    beforeAll(async () => {
      stores = await open();
    });
    afterAll(async () => {
      await stores?.close();
    });

    it('numbers versions per kind from 1, newest first, and never hands out a number twice', async () => {
      const saved = await Promise.all(
        Array.from({ length: 6 }, (_, index) => stores.versions.append({ kind: 'thresholds', content: `v: ${index}`, author: 'lead-1', message: `m${index}`, diff: '' })),
      );
      expect(saved.map((version) => version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
      expect((await stores.versions.versions('thresholds')).map((version) => version.number)).toEqual([6, 5, 4, 3, 2, 1]);
      expect(await stores.versions.latest('thresholds')).toMatchObject({ number: 6, author: 'lead-1' });
      expect(await stores.versions.version('thresholds', 3)).toEqual(saved.find((version) => version.number === 3));
      expect(await stores.versions.version('thresholds', 99)).toBeUndefined();
      expect(await stores.versions.latest('model')).toBeUndefined();
      await stores.versions.append({ kind: 'model', content: 'provider: embedded', author: 'admin-1', message: 'first', diff: '' });
      expect(await stores.versions.latest('model')).toMatchObject({ number: 1 });
    });

    it('stores a version under the number asked for only when it is the next one (how the seed claims version 1)', async () => {
      const claims = await Promise.allSettled([1, 1, 1].map(() => stores.versions.append({ kind: 'llm-rubric', number: 1, content: 'rubric', author: 'seed', message: '', diff: '' })));
      expect(claims.filter((claim) => claim.status === 'fulfilled')).toHaveLength(1);
      expect(claims.filter((claim) => claim.status === 'rejected').map((claim) => (claim as PromiseRejectedResult).reason.name)).toEqual(['VersionNumberTaken', 'VersionNumberTaken']);
      expect(await stores.versions.append({ kind: 'llm-rubric', number: 2, content: 'rubric 2', author: 'seed', message: '', diff: '' })).toMatchObject({ number: 2 });
      expect((await stores.versions.versions('llm-rubric')).map((version) => version.number)).toEqual([2, 1]);
    });

    it('moves labels, remembers where each move came from and keeps a label protected as created', async () => {
      for (let index = 0; index < 3; index += 1) await stores.versions.append({ kind: 'reply-template', content: `t${index}`, author: 'lead-1', message: '', diff: '' });
      const first = await stores.versions.moveLabel({ kind: 'reply-template', label: 'production', to: 1, movedBy: 'seed', protectedWhenNew: true });
      expect(first.move).toMatchObject({ from: null, to: 1, overrideReason: null });
      const second = await stores.versions.moveLabel({ kind: 'reply-template', label: 'production', to: 3, movedBy: 'admin-1', protectedWhenNew: false, overrideReason: 'hotfix' });
      expect(second.pointer).toMatchObject({ label: 'production', version: 3, protected: true, movedBy: 'admin-1' });
      expect(second.move).toMatchObject({ from: 1, to: 3, overrideReason: 'hotfix' });
      await stores.versions.moveLabel({ kind: 'reply-template', label: 'staging', to: 2, movedBy: 'lead-1', protectedWhenNew: false });
      expect(await stores.versions.label('reply-template', 'production')).toMatchObject({ version: 3, protected: true });
      expect((await stores.versions.labels('reply-template')).map((pointer) => [pointer.label, pointer.version, pointer.protected])).toEqual([
        ['production', 3, true],
        ['staging', 2, false],
      ]);
      expect((await stores.versions.labelMoves('reply-template', 'production')).map((move) => [move.from, move.to])).toEqual([
        [1, 3],
        [null, 1],
      ]);
      expect(await stores.versions.label('reply-template', 'nowhere')).toBeUndefined();
    });

    it('keeps concurrent moves of one label as a chain: each move starts where another ended', async () => {
      await stores.versions.append({ kind: 'triage-rules', content: 'a', author: 'x', message: '', diff: '' });
      await stores.versions.append({ kind: 'triage-rules', content: 'b', author: 'x', message: '', diff: '' });
      await Promise.all([1, 2, 1, 2].map((to) => stores.versions.moveLabel({ kind: 'triage-rules', label: 'staging', to, movedBy: 'lead-1', protectedWhenNew: false })));
      const moves = await stores.versions.labelMoves('triage-rules', 'staging');
      expect(moves).toHaveLength(4);
      // Newest first: each move's `from` is the `to` of the move before it.
      for (let index = 0; index < moves.length - 1; index += 1) expect(moves[index]!.from).toBe(moves[index + 1]!.to);
      expect((await stores.versions.label('triage-rules', 'staging'))!.version).toBe(moves[0]!.to);
    });

    it('versions datasets by name and lists the newest of each', async () => {
      const items = [{ id: 'one', text: 'My card has not arrived', language: 'en', expectedArticle: null }];
      expect(await stores.datasets.append({ name: 'cards', source: 'upload', items, createdBy: 'lead-1' })).toMatchObject({ name: 'cards', version: 1, source: 'upload', items });
      await stores.datasets.append({ name: 'cards', source: 'history', items: [...items, { id: 'two', text: 'Refund please' }], createdBy: 'lead-2' });
      await stores.datasets.append({ name: 'accounts', source: 'upload', items, createdBy: 'lead-1' });
      expect(await stores.datasets.dataset('cards')).toMatchObject({ version: 2, source: 'history', createdBy: 'lead-2' });
      expect((await stores.datasets.dataset('cards', 1))!.items).toEqual(items);
      expect(await stores.datasets.dataset('cards', 7)).toBeUndefined();
      expect(await stores.datasets.dataset('nothing')).toBeUndefined();
      expect((await stores.datasets.latestVersions()).map((dataset) => [dataset.name, dataset.version])).toEqual([
        ['accounts', 1],
        ['cards', 2],
      ]);
    });

    it('keeps runs with their items, lists them newest first without items and finds the latest per version and dataset', async () => {
      await stores.runs.save(run('r1', 1, '2030-01-01T10:00:00.000Z'));
      await stores.runs.save(run('r2', 2, '2030-01-01T11:00:00.000Z'));
      await stores.runs.save(run('r3', 1, '2030-01-01T12:00:00.000Z'));
      await stores.runs.save(run('r4', 1, '2030-01-01T13:00:00.000Z', 'cards'));
      expect(await stores.runs.run('r2')).toEqual(run('r2', 2, '2030-01-01T11:00:00.000Z'));
      expect(await stores.runs.run('nope')).toBeUndefined();
      const listed = await stores.runs.list({ kind: 'reply-template' }, 10);
      expect(listed.map((found) => found.id)).toEqual(['r4', 'r3', 'r2', 'r1']);
      expect(listed.every((found) => found.items.length === 0)).toBe(true);
      expect((await stores.runs.list({ version: 1, dataset: 'gate-replies' }, 10)).map((found) => found.id)).toEqual(['r3', 'r1']);
      expect((await stores.runs.list({}, 2)).map((found) => found.id)).toEqual(['r4', 'r3']);
      expect(await stores.runs.latestFor('reply-template', 1, 'gate-replies', GATE_SETUP)).toMatchObject({ id: 'r3', items: [expect.objectContaining({ itemId: 'a' })] });
      expect(await stores.runs.latestFor('reply-template', 9, 'gate-replies', GATE_SETUP)).toBeUndefined();
    });

    it('keeps what drafted a run, and finds the latest run of one setup only', async () => {
      const llm = { responder: 'CONFIGURED_LLM', model: 'anthropic/claude-haiku-4-5', rubricVersion: 2 } as const;
      await stores.runs.save(run('s1', 1, '2030-02-01T10:00:00.000Z', 'setups'));
      await stores.runs.save(run('s2', 1, '2030-02-01T11:00:00.000Z', 'setups', llm));
      await stores.runs.save(run('s3', 1, '2030-02-01T12:00:00.000Z', 'setups', { knowledge: 'LIVE' }));
      expect(await stores.runs.run('s2')).toEqual(run('s2', 1, '2030-02-01T11:00:00.000Z', 'setups', llm));
      expect((await stores.runs.list({ dataset: 'setups' }, 10)).map((found) => [found.id, found.responder, found.knowledge])).toEqual([
        ['s3', 'EMBEDDED', 'LIVE'],
        ['s2', 'CONFIGURED_LLM', 'COMMITTED'],
        ['s1', 'EMBEDDED', 'COMMITTED'],
      ]);
      expect((await stores.runs.latestFor('reply-template', 1, 'setups', GATE_SETUP))?.id).toBe('s1');
      expect((await stores.runs.latestFor('reply-template', 1, 'setups', { responder: 'CONFIGURED_LLM', knowledge: 'COMMITTED' }))?.id).toBe('s2');
      expect((await stores.runs.latestFor('reply-template', 1, 'setups', { responder: 'EMBEDDED', knowledge: 'LIVE' }))?.id).toBe('s3');
    });

    it('runs one experiment per kind; stopping keeps it as the latest until the next one starts', async () => {
      const store = stores.experiments;
      expect(await store.latest('reply-template')).toBeUndefined();
      expect(await store.start(started('a'))).toBe(true);
      expect(await store.start(started('b'))).toBe(false);
      expect(await store.start(started('c', 'thresholds'))).toBe(true);
      expect((await store.latest('reply-template'))?.id).toBe('a');

      const stopped = await store.stop('reply-template', 'admin-2', '2030-01-02T12:00:00.000Z');
      expect(stopped).toEqual({ ...started('a'), stoppedBy: 'admin-2', stoppedAt: '2030-01-02T12:00:00.000Z' });
      expect(await store.stop('reply-template', 'admin-2', '2030-01-02T13:00:00.000Z')).toBeUndefined();
      expect(await store.latest('reply-template')).toEqual(stopped);

      expect(await store.start(started('d'))).toBe(true);
      expect((await store.latest('reply-template'))?.id).toBe('d');
      expect(await store.latest('thresholds')).toEqual({ ...started('c', 'thresholds'), stoppedBy: null, stoppedAt: null });
    });
  });
}
