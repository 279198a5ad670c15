import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { CreateIssueFromTicket, LinkTicketToIssue, TicketIssues } from '../roadmap-operations';
import type { LinkedIssue } from '../roadmap-types';

function LinkedIssueLine({ issue }: { issue: LinkedIssue }) {
  return (
    <li>
      <strong>{issue.key ?? 'syncing…'}</strong> {issue.summary} <span className="badge">{issue.status}</span>
      {issue.sprint ? <span className="muted small"> · {issue.sprint.name}</span> : null}
      {issue.fixVersion ? (
        <span className="muted small">
          {' '}
          · fix in {issue.fixVersion.name} {issue.fixVersion.released ? '(released)' : issue.fixVersion.releaseDate ? `(due ${issue.fixVersion.releaseDate})` : ''}
        </span>
      ) : null}
    </li>
  );
}

/** The ticket's issues: the linked ones, look-alikes to link, and a form to file a new one from the ticket. */
export function TicketIssuesPanel({ ticketId }: { ticketId: string }) {
  const { data, error, refetch } = useQuery(TicketIssues, { variables: { id: ticketId }, pollInterval: 5000 });
  const [createIssue, creating] = useMutation(CreateIssueFromTicket);
  const [linkIssue, linking] = useMutation(LinkTicketToIssue);
  const [summary, setSummary] = useState('');
  const [component, setComponent] = useState('');
  const ticket = data?.ticket;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!summary.trim()) return;
    await createIssue({ variables: { ticketId, input: { summary: summary.trim(), ...(component.trim() ? { component: component.trim() } : {}) } } });
    setSummary('');
    setComponent('');
    await refetch();
  };

  return (
    <aside className="knowledge-panel" aria-label="Issues">
      <h3>Issues</h3>
      {error ? <ErrorView error={error} title="Issues could not be loaded" onRetry={() => void refetch()} /> : null}
      {ticket && ticket.linkedIssues.length === 0 ? <EmptyView>Not linked to an issue.</EmptyView> : null}
      <ul className="similar-list" aria-label="Linked issues">
        {ticket?.linkedIssues.map((issue) => <LinkedIssueLine key={issue.id} issue={issue} />)}
      </ul>
      {ticket && ticket.suggestedIssues.length > 0 ? (
        <>
          <h4>Looks like</h4>
          <ul className="similar-list" aria-label="Suggested issues">
            {ticket.suggestedIssues.map(({ issue }) => (
              <li key={issue.id}>
                {issue.key} {issue.summary}{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={linking.loading || !issue.key}
                  onClick={() => void linkIssue({ variables: { ticketId, issueKey: issue.key! } }).then(() => refetch())}
                >
                  Link
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={(event) => void submit(event)} aria-label="Create issue from ticket">
        <label>
          Issue summary
          <input value={summary} onChange={(event) => setSummary(event.target.value)} maxLength={255} />
        </label>
        <label>
          Component
          <input value={component} onChange={(event) => setComponent(event.target.value)} maxLength={255} />
        </label>
        <button type="submit" disabled={creating.loading || !summary.trim()}>
          Create issue
        </button>
        {creating.error ? <p role="alert">{creating.error.message}</p> : null}
      </form>
    </aside>
  );
}
