import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CompareEvaluationRuns } from '../playground-operations';
import type { DatasetSummary, ItemPair, RunSummary } from '../playground-types';
import { GRADER_NAMES, graderName, percent } from './grader-names';

/** Whether two runs scored an item differently on any grader (what a lead looks at first). */
function differs(pair: ItemPair): boolean {
  const scores = (side: ItemPair['left']) => JSON.stringify((side?.scores ?? []).map((score) => [score.grader, score.score]));
  return scores(pair.left) !== scores(pair.right);
}

/** Start a run, read every run's scores per grader, and compare two runs item by item. */
export function EvaluationRuns({
  versions,
  datasets,
  runs,
  running,
  onRun,
}: {
  versions: number[];
  datasets: DatasetSummary[];
  runs: RunSummary[];
  running: boolean;
  onRun: (version: number, dataset: string) => void;
}) {
  const [version, setVersion] = useState<number>();
  const [dataset, setDataset] = useState('gate-replies');
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
        <button type="button" disabled={running || chosenVersion === undefined} onClick={() => onRun(chosenVersion!, dataset)}>
          {running ? 'Running…' : 'Run on dataset'}
        </button>
      </div>
      <table className="playground-runs">
        <thead>
          <tr>
            <th>Compare</th>
            <th>Version</th>
            <th>Dataset</th>
            {graders.map((grader) => (
              <th key={grader}>{graderName(grader)}</th>
            ))}
            <th>Cost</th>
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
              {graders.map((grader) => {
                const mean = run.graders.find((entry) => entry.grader === grader);
                return <td key={grader}>{mean ? percent(mean.mean) : '–'}</td>;
              })}
              <td>${run.costUsd.toFixed(4)}</td>
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
