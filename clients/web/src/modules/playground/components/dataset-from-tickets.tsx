import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { BuildPlaygroundDatasetFromHistory, CapturePlaygroundDatasetFromQueue } from '../playground-operations';
import type { BuiltDataset, HistoryFilter, QueueFilter } from '../playground-types';
import { datasetProblem } from './dataset-problem';

type Source = 'history' | 'queue';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const WAITING_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED'];
const NOTHING_MATCHED: Record<Source, string> = {
  history: 'No resolved ticket matches these conditions. Widen them (another category or language, a lower minimum CSAT, a longer period); nothing was stored.',
  queue: 'No waiting ticket matches these conditions. Widen them (another category, language, priority or status); nothing was stored.',
};

const trimmed = (value: string) => (value.trim() === '' ? undefined : value.trim());
const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value);

/**
 * Build a dataset from tickets: from resolved tickets (history: the sent reply is the reference) or
 * from the tickets waiting now (the queue: no reference). The server masks personal data on the way in.
 */
export function DatasetFromTickets({ onBuilt }: { onBuilt: () => void }) {
  const [source, setSource] = useState<Source>('history');
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [language, setLanguage] = useState('');
  const [limit, setLimit] = useState('');
  const [minCsat, setMinCsat] = useState('');
  const [resolvedFrom, setResolvedFrom] = useState('');
  const [resolvedTo, setResolvedTo] = useState('');
  const [priority, setPriority] = useState<string[]>([]);
  const [status, setStatus] = useState<string[]>([]);
  const [build, building] = useMutation(BuildPlaygroundDatasetFromHistory);
  const [capture, capturing] = useMutation(CapturePlaygroundDatasetFromQueue);
  const state = source === 'history' ? building : capturing;
  const [built, setBuilt] = useState<BuiltDataset>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBuilt(undefined);
    const common = { category: trimmed(category), language: trimmed(language)?.toLowerCase(), limit: limit === '' ? undefined : Number(limit) };
    try {
      let result: BuiltDataset | null | undefined;
      if (source === 'history') {
        const filter: HistoryFilter = { ...common, minCsat: minCsat === '' ? undefined : Number(minCsat), resolvedFrom: trimmed(resolvedFrom), resolvedTo: trimmed(resolvedTo) };
        result = (await build({ variables: { name: name.trim(), filter } })).data?.buildPlaygroundDatasetFromHistory;
      } else {
        const filter: QueueFilter = { ...common, priority: priority.length ? priority : undefined, status: status.length ? status : undefined };
        result = (await capture({ variables: { name: name.trim(), filter } })).data?.capturePlaygroundDatasetFromQueue;
      }
      if (result) {
        setBuilt(result);
        onBuilt();
      }
    } catch {
      // Shown from the mutation's state below.
    }
  };

  return (
    <section aria-label="Dataset from tickets">
      <h2>Build a dataset from tickets</h2>
      <p className="muted">
        {source === 'history'
          ? 'Resolved tickets, most recently opened first: the customer’s text, the first reply sent as the reference, the triage category as the expected one.'
          : 'The tickets waiting now (not resolved or closed), newest first: the customer’s text and the triage category when known; no reference answer.'}{' '}
        Personal data is masked before anything is stored.
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="playground-actions">
          <label>
            Tickets
            <select aria-label="Tickets to build from" value={source} onChange={(event) => setSource(event.target.value as Source)}>
              <option value="history">Resolved tickets (history)</option>
              <option value="queue">The waiting queue</option>
            </select>
          </label>
          <label>
            Dataset name
            <input value={name} placeholder="e.g. cards-march" onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            Category
            <input value={category} placeholder="any" onChange={(event) => setCategory(event.target.value)} />
          </label>
          <label>
            Language
            <input value={language} placeholder="any, e.g. de" size={4} onChange={(event) => setLanguage(event.target.value)} />
          </label>
          <label>
            At most
            <input type="number" min={1} value={limit} placeholder={source === 'history' ? '200' : '100'} onChange={(event) => setLimit(event.target.value)} />
          </label>
        </div>
        {source === 'history' ? (
          <div className="playground-actions">
            <label>
              Minimum CSAT
              <select value={minCsat} onChange={(event) => setMinCsat(event.target.value)}>
                <option value="">any (rated or not)</option>
                {[1, 2, 3, 4, 5].map((score) => (
                  <option key={score} value={score}>
                    {score} or more
                  </option>
                ))}
              </select>
            </label>
            <label>
              Resolved from
              <input type="date" value={resolvedFrom} onChange={(event) => setResolvedFrom(event.target.value)} />
            </label>
            <label>
              Resolved to
              <input type="date" value={resolvedTo} onChange={(event) => setResolvedTo(event.target.value)} />
            </label>
          </div>
        ) : (
          <div className="playground-actions">
            <label>
              Priority
              <select multiple value={priority} size={4} onChange={(event) => setPriority(selected(event.target))}>
                {PRIORITIES.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select multiple value={status} size={4} onChange={(event) => setStatus(selected(event.target))}>
                {WAITING_STATUSES.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          </div>
        )}
        <button type="submit" disabled={state.loading || name.trim() === ''}>
          {source === 'history' ? 'Build from history' : 'Capture the queue'}
        </button>
      </form>
      {state.error && !built ? (
        <div className="error-view" role="alert">
          <strong>Not built</strong>
          <p>{datasetProblem(state.error, NOTHING_MATCHED[source])}</p>
        </div>
      ) : null}
      {built ? (
        <p role="status">
          {built.source === 'queue' ? 'Captured' : 'Built'} {built.name} version {built.version} ({built.itemCount} {built.itemCount === 1 ? 'item' : 'items'})
        </p>
      ) : null}
    </section>
  );
}
