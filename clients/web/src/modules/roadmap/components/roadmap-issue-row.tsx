import type { RoadmapIssue } from '../roadmap-types';

const CATEGORY_LABEL = { TO_DO: 'To do', IN_PROGRESS: 'In progress', DONE: 'Done' } as const;

/** One issue: key, summary, status, owner and who it hurts. */
export function RoadmapIssueRow({ issue, subtask = false }: { issue: RoadmapIssue; subtask?: boolean }) {
  const impact = issue.customerImpact;
  return (
    <div className={`roadmap-issue${subtask ? ' subtask' : ''}`} data-category={issue.statusCategory}>
      <strong>{issue.key ?? 'syncing…'}</strong> <span>{issue.summary}</span>{' '}
      <span className={`badge status-${issue.statusCategory.toLowerCase()}`} title={issue.status}>
        {CATEGORY_LABEL[issue.statusCategory]}
      </span>
      {issue.owner ? <span className="muted small"> · {issue.owner.team} ({issue.owner.owner})</span> : issue.assignee ? <span className="muted small"> · {issue.assignee}</span> : null}
      {impact && impact.linkedTickets > 0 ? (
        <span className="muted small" aria-label="customer impact">
          {' '}
          · {impact.linkedTickets} ticket{impact.linkedTickets === 1 ? '' : 's'}, {impact.distinctCustomers} customer{impact.distinctCustomers === 1 ? '' : 's'}
          {impact.negativeSentimentShare > 0 ? `, ${Math.round(impact.negativeSentimentShare * 100)}% negative` : ''}
        </span>
      ) : null}
    </div>
  );
}
