import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CompareEvaluationRuns } from '../playground-operations';
import type { DatasetSummary, ItemPair, KnowledgeSource, PlaygroundCapabilities, Responder, RunSetup, RunSummary } from '../playground-types';
import { GRADER_NAMES, graderName, percent } from './grader-names';

/** Whether two runs scored an item differently on any grader (what a lead looks at first). */
function differs(pair: ItemPair): boolean {
  const scores = (side: ItemPair['left']) => JSON.stringify((side?.scores ?? []).map((score) => [score.grader, score.score]));
  return scores(pair.left) !== scores(pair.right);
}

const NO_LLM_REASON = 'No LLM is configured (ANTHROPIC_API_KEY or OPENAI_API_KEY): runs draft with the embedded responder, and the LLM rubric does not grade.';

/** Who drafted a run and from which articles, in words. */
function drafter(run: RunSummary): string {
  return `${run.responder === 'EMBEDDED' ? 'Embedded' : run.model}${run.knowledge === 'LIVE' ? ', live articles' : ''}`;
}

/**
 * Start a run (with the embedded responder or the configured LLM; a model version names its own
 * drafter), read every run's scores per grader, and compare two runs item by item.
 */
export function EvaluationRuns({
  versions,
  datasets,
  runs,
  capabilities,
  versionChoosesDrafter = false,
  running,
  onRun,
}: {
  versions: number[];
  datasets: DatasetSummary[];
  runs: RunSummary[];
  capabilities: PlaygroundCapabilities;
  /** Model versions: the version names who drafts, so there is no responder to choose. */
  versionChoosesDrafter?: boolean;
  running: boolean;
  onRun: (version: number, dataset: string, setup: RunSetup) => void;
}) {
  const [version, setVersion] = useState<number>();
  const [dataset, setDataset] = useState('gate-replies');
  const [responder, setResponder] = useState<Responder>('EMBEDDED');
  const [knowledge, setKnowledge] = useState<KnowledgeSource>('COMMITTED');
  const [picked, setPicked] = useState<string[]>([]);
  const [allItems, setAllItems] = useState(false);
  const [compare, comparison] = useLazyQuery(CompareEvaluationRuns, { fetchPolicy: 'network-only' });
  const chosenVersion = version ?? versions[0];
  const graders = Object.keys(GRADER_NAMES);
  const toggle = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current.slice(-1), id]));

  return (
    <section aria-label="Evaluation runs">
      <h2>Evaluation runs</h2>
      <div className="playground-actions">
        <label>
          Version
          <select aria-label="Version to run" value={chosenVersion} onChange={(event) => setVersion(Number(event.target.value))}>
            {versions.map((number) => (
              <option key={number} value={number}>
                {number}
              </option>
            ))}
          </select>
        </label>
        <label>
          Dataset
          <select aria-label="Dataset to run on" value={dataset} onChange={(event) => setDataset(event.target.value)}>
            {datasets.map((set) => (
              <option key={set.name} value={set.name}>
                {set.name} (v{set.version}, {set.itemCount} items)
              </option>
            ))}
          </select>
        </label>
        {versionChoosesDrafter ? (
          <p className="muted">Each version drafts with the model it names{capabilities.llmConfigured ? '' : ' (a vendor’s model needs an LLM key configured)'}.</p>
        ) : (
          <label>
            Drafted by
            <select
              aria-label="Responder"
              value={capabilities.llmConfigured ? responder : 'EMBEDDED'}
              disabled={!capabilities.llmConfigured}
              title={capabilities.llmConfigured ? undefined : NO_LLM_REASON}
              onChange={(event) => setResponder(event.target.value as Responder)}
            >
              <option value="EMBEDDED">Embedded responder (free; what the gate compares)</option>
              <option value="CONFIGURED_LLM" disabled={!capabilities.llmConfigured}>
                {capabilities.model ?? 'Configured LLM'} (paid)
              </option>
            </select>
          </label>
        )}
        <label>
          Articles
          <select aria-label="Knowledge" value={knowledge} onChange={(event) => setKnowledge(event.target.value as KnowledgeSource)}>
            <option value="COMMITTED">Committed evaluation articles (what the gate compares)</option>
            <option value="LIVE">Live knowledge base</option>
          </select>
        </label>
        <button
          type="button"
          disabled={running || chosenVersion === undefined}
          onClick={() => onRun(chosenVersion!, dataset, { responder: capabilities.llmConfigured ? responder : 'EMBEDDED', knowledge })}
        >
          {running ? 'Running…' : 'Run on dataset'}
        </button>
      </div>
      {capabilities.llmConfigured ? (
        <p className="muted">With {capabilities.model} configured, the LLM rubric (the llm-rubric version labelled production) grades every run too, at a cost.</p>
      ) : (
        <p className="muted" role="note">
          {NO_LLM_REASON}
        </p>
      )}
      <table className="playground-runs">
        <thead>
          <tr>
            <th>Compare</th>
            <th>Version</th>
            <th>Dataset</th>
            <th>Drafted by</th>
            {graders.map((grader) => (
              <th key={grader}>{graderName(grader)}</th>
            ))}
            <th>Cost</th>
            <th>Grading cost</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-version={run.version}>
              <td>
                <input type="checkbox" aria-label={`Compare run of version ${run.version}`} checked={picked.includes(run.id)} onChange={() => toggle(run.id)} />
              </td>
              <td>{run.version}</td>
              <td>
                {run.dataset} v{run.datasetVersion}
              </td>
              <td>{drafter(run)}</td>
              {graders.map((grader) => {
                const mean = run.graders.find((entry) => entry.grader === grader);
                const ungraded = grader === 'llm-rubric' && run.ungradedItems > 0 ? ` (${run.ungradedItems} ungraded)` : '';
                const title = grader === 'llm-rubric' && run.rubricVersion !== null ? `rubric version ${run.rubricVersion}` : undefined;
                return (
                  <td key={grader} title={title}>
                    {mean ? percent(mean.mean) : '–'}
                    {ungraded}
                  </td>
                );
              })}
              <td>${run.costUsd.toFixed(4)}</td>
              <td>${run.gradingCostUsd.toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={picked.length !== 2} onClick={() => void compare({ variables: { left: picked[0]!, right: picked[1]! } })}>
        Compare side by side
      </button>
      {comparison.data ? (
        <label>
          <input type="checkbox" checked={allItems} onChange={(event) => setAllItems(event.target.checked)} />
          Show all {comparison.data.compareEvaluationRuns.length} items (otherwise only the {comparison.data.compareEvaluationRuns.filter(differs).length} scored differently)
        </label>
      ) : null}
      {comparison.data ? (
        <table className="playground-comparison" aria-label="Comparison">
          <thead>
            <tr>
              <th>Item</th>
              <th>Left</th>
              <th>Right</th>
            </tr>
          </thead>
          <tbody>
            {comparison.data.compareEvaluationRuns.filter((pair) => allItems || differs(pair)).map((pair) => (
              <tr key={pair.itemId}>
                <td>{pair.itemId}</td>
                {[pair.left, pair.right].map((side, index) => (
                  <td key={index}>
                    {side ? (
                      <>
                        <pre>{side.reply}</pre>
                        <ul>
                          {side.scores
                            .filter((score) => score.score < 1)
                            .map((score) => (
                              <li key={score.grader}>
                                {graderName(score.grader)} {percent(score.score)}: {score.note}
                              </li>
                            ))}
                          {side.ungraded.map((entry) => (
                            <li key={entry.grader}>
                              {graderName(entry.grader)} not graded: {entry.note}
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
