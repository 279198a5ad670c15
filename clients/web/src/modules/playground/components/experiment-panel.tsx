import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { ErrorView } from '../../ui/components/error-view';
import { RelativeTime } from '../../ui/components/relative-time';
import { AiConfigExperiment, StartAiConfigExperiment, StopAiConfigExperiment } from '../playground-operations';
import type { ConfigExperiment, ConfigLabel } from '../playground-types';
import { ExperimentResults } from './experiment-results';

/**
 * The A/B experiment of one kind: what runs (labels, share, versions at start) and what each arm's
 * drafts came to. Admins start one (two labels and a share) and stop it; leads read.
 */
export function ExperimentPanel({ kind, labels }: { kind: string; labels: ConfigLabel[] }) {
  const { role } = useSession();
  const query = useQuery(AiConfigExperiment, { variables: { kind } });
  const [start, starting] = useMutation(StartAiConfigExperiment);
  const [stop, stopping] = useMutation(StopAiConfigExperiment);
  const experiment = query.data?.aiConfigExperiment ?? null;
  const isAdmin = role === 'admin';
  const refresh = () => void query.refetch();

  return (
    <section aria-label="Experiment">
      <h2>Experiment</h2>
      <p className="muted">
        Split tickets between two labels: each ticket always gets the same one. Results count the drafts agents rated in each arm and the CSAT of their tickets.
      </p>
      {query.error ? <ErrorView error={query.error} onRetry={refresh} /> : null}
      {experiment ? <ExperimentSummary experiment={experiment} /> : <p>No experiment has run on this kind yet.</p>}
      {experiment ? <ExperimentResults experiment={experiment} /> : null}
      {isAdmin && experiment?.running ? (
        <button type="button" disabled={stopping.loading} onClick={() => void stop({ variables: { kind } }).then(refresh)}>
          Stop the experiment
        </button>
      ) : null}
      {isAdmin && !experiment?.running ? (
        <StartForm labels={labels} busy={starting.loading} onStart={(variables) => void start({ variables: { kind, ...variables } }).then(refresh)} />
      ) : null}
      {!isAdmin ? <p className="muted">Only an admin starts or stops an experiment.</p> : null}
      {starting.error ? <ErrorView error={starting.error} title="Not started" /> : null}
      {stopping.error ? <ErrorView error={stopping.error} title="Not stopped" /> : null}
    </section>
  );
}

function ExperimentSummary({ experiment }: { experiment: ConfigExperiment }) {
  return (
    <p role="status" data-experiment={experiment.running ? 'running' : 'stopped'}>
      {experiment.running ? 'Running' : 'Stopped'}: <strong>{experiment.candidateLabel}</strong> (version {experiment.candidateVersionAtStart} at start) on{' '}
      {experiment.candidateShare} % of tickets, <strong>{experiment.controlLabel}</strong> (version {experiment.controlVersionAtStart} at start) on the other{' '}
      {100 - experiment.candidateShare} %. Started by {experiment.startedBy} <RelativeTime iso={experiment.startedAt} />
      {experiment.stoppedAt ? (
        <>
          , stopped <RelativeTime iso={experiment.stoppedAt} />
        </>
      ) : null}
      .
    </p>
  );
}

function StartForm({ labels, busy, onStart }: { labels: ConfigLabel[]; busy: boolean; onStart: (variables: { control: string; candidate: string; candidateShare: number }) => void }) {
  const names = labels.map((label) => label.label);
  const [control, setControl] = useState(names.includes('production') ? 'production' : (names[0] ?? ''));
  const [candidate, setCandidate] = useState(names.find((name) => name !== control) ?? '');
  const [share, setShare] = useState(50);
  const versionOf = (name: string) => labels.find((label) => label.label === name)?.version;
  const valid = control !== '' && candidate !== '' && control !== candidate && share >= 1 && share <= 99;
  return (
    <div className="playground-actions">
      <label>
        Control label
        <select value={control} onChange={(event) => setControl(event.target.value)}>
          {names.map((name) => (
            <option key={name} value={name}>
              {name} (version {versionOf(name)})
            </option>
          ))}
        </select>
      </label>
      <label>
        Candidate label
        <select value={candidate} onChange={(event) => setCandidate(event.target.value)}>
          {names.map((name) => (
            <option key={name} value={name}>
              {name} (version {versionOf(name)})
            </option>
          ))}
        </select>
      </label>
      <label>
        Candidate share (%)
        <input type="range" min={1} max={99} value={share} onChange={(event) => setShare(Number(event.target.value))} />
        <input type="number" min={1} max={99} value={share} aria-label="Candidate share in percent" onChange={(event) => setShare(Number(event.target.value))} />
      </label>
      <button type="button" disabled={busy || !valid} onClick={() => onStart({ control, candidate, candidateShare: share })}>
        Start the experiment
      </button>
    </div>
  );
}
