import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { MoveAiConfigLabel, PlaygroundOverview, RollBackAiConfigLabel, RunEvaluation } from '../playground-operations';
import type { ConfigVersion, RunSetup } from '../playground-types';
import { DatasetFromTickets } from './dataset-from-tickets';
import { DatasetUpload } from './dataset-upload';
import { EvaluationRuns } from './evaluation-runs';
import { ExperimentPanel } from './experiment-panel';
import { LabelsAndVersions } from './labels-and-versions';
import { VersionEditor } from './version-editor';

/**
 * The playground for support leads: pick what to work on (the reply template and system prompt, the
 * triage or missing-information rules, thresholds, …), edit it with a diff, try a reply template on a
 * ticket, run versions over datasets and compare them, and promote through the gate or roll back.
 */
export function PlaygroundPage() {
  const [kind, setKind] = useState('reply-template');
  const overview = useQuery(PlaygroundOverview, { variables: { kind } });
  const [editing, setEditing] = useState<ConfigVersion>();
  const [notice, setNotice] = useState<string>();
  const [move, moving] = useMutation(MoveAiConfigLabel);
  const [rollBack, rollingBack] = useMutation(RollBackAiConfigLabel);
  const [run, running] = useMutation(RunEvaluation);
  const refresh = () => void overview.refetch();

  if (overview.error) return <ErrorView error={overview.error} onRetry={refresh} />;
  if (!overview.data) return <LoadingView label="Loading the playground" />;
  const {
    aiConfigKinds: kinds,
    aiConfigLabels: labels,
    aiConfigVersions: versions,
    playgroundDatasets: datasets,
    playgroundCapabilities: capabilities,
    evaluationRuns: runs,
  } = overview.data;
  const current = kinds.find((entry) => entry.kind === kind);
  const choose = (next: string) => {
    setEditing(undefined);
    setNotice(undefined);
    setKind(next);
  };
  const production = labels.find((label) => label.label === 'production');
  const base = editing ?? versions.find((version) => version.number === production?.version) ?? versions[0];

  const promote = async (version: number) => {
    const result = await move({ variables: { kind, label: 'production', version } });
    setNotice(result.data?.moveAiConfigLabel ? `Version ${version} is now production.` : undefined);
    refresh();
  };
  const undo = async () => {
    const result = await rollBack({ variables: { kind, label: 'production' } });
    const label = result.data?.rollBackAiConfigLabel?.label;
    setNotice(label ? `Production rolled back to version ${label.version}.` : undefined);
    refresh();
  };
  const evaluate = async (version: number, dataset: string, setup: RunSetup) => {
    await run({ variables: { kind, version, dataset, ...setup } });
    refresh();
  };
  const moveError = moving.error ?? rollingBack.error;

  return (
    <main className="playground-page">
      <h1>Playground: {current?.title ?? kind}</h1>
      <label className="playground-kind">
        Work on
        <select aria-label="What to work on" value={kind} onChange={(event) => choose(event.target.value)}>
          {kinds.map((entry) => (
            <option key={entry.kind} value={entry.kind}>
              {entry.title}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        The agents use the version labelled production.{' '}
        {current?.gated
          ? 'A version reaches production only when its latest run on the gate dataset (embedded responder, committed articles) is not worse than production’s.'
          : 'No grader can judge this on the gate dataset: only an admin can move production.'}
      </p>
      {notice && !moveError ? <p role="status">{notice}</p> : null}
      {moveError ? <ErrorView error={moveError} title="Not moved" /> : null}
      <LabelsAndVersions labels={labels} versions={versions} busy={moving.loading || rollingBack.loading} onEdit={setEditing} onPromote={(version) => void promote(version)} onRollBack={() => void undo()} />
      {current?.experiments ? <ExperimentPanel key={kind} kind={kind} labels={labels} /> : null}
      {base ? <VersionEditor key={`${kind}/${base.number}`} kind={kind} base={base} onSaved={refresh} /> : null}
      {running.error ? <ErrorView error={running.error} title="Run failed" /> : null}
      {current?.evaluated ? (
        <EvaluationRuns
          key={kind}
          versions={versions.map((version) => version.number)}
          datasets={datasets}
          runs={runs}
          capabilities={capabilities}
          versionChoosesDrafter={kind === 'model'}
          running={running.loading}
          onRun={(version, dataset, setup) => void evaluate(version, dataset, setup)}
        />
      ) : null}
      <DatasetFromTickets onBuilt={refresh} />
      <DatasetUpload onUploaded={refresh} />
    </main>
  );
}
