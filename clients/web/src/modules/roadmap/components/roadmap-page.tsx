import { EmptyView } from '../../ui/components/empty-view';
import { ErrorView } from '../../ui/components/error-view';
import { LoadingView } from '../../ui/components/loading-view';
import { useLiveQuery } from '../../live/hooks/use-live-query';
import { RoadmapDashboard, RoadmapEvents } from '../roadmap-operations';
import type { RoadmapMilestone, RoadmapSprint } from '../roadmap-types';
import { ProgressBar } from './progress-bar';
import { RoadmapIssueRow } from './roadmap-issue-row';

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '–';
}

function SprintCard({ sprint }: { sprint: RoadmapSprint }) {
  return (
    <section className="roadmap-sprint" aria-label={`Sprint ${sprint.name}`}>
      <h3>
        {sprint.name} <span className="badge">{sprint.state.toLowerCase()}</span>
      </h3>
      <p className="muted small">
        {day(sprint.startDate)} → {day(sprint.endDate)}
      </p>
      <ProgressBar value={sprint.progress} label={`${sprint.name} progress`} />
      <ul className="plain-list">
        {sprint.issues.map((issue) => (
          <li key={issue.id}>
            <RoadmapIssueRow issue={issue} />
            {issue.children.length > 0 ? (
              <ul className="plain-list subtasks" aria-label={`Subtasks of ${issue.key ?? issue.summary}`}>
                {issue.children.map((child) => (
                  <li key={child.id}>
                    <RoadmapIssueRow issue={child} subtask />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Milestones (versions) in release order, as a timeline. */
function MilestoneTimeline({ milestones }: { milestones: RoadmapMilestone[] }) {
  if (milestones.length === 0) return <p className="muted">No milestones yet.</p>;
  return (
    <ol className="milestone-timeline" aria-label="Milestones">
      {milestones.map((milestone) => (
        <li key={milestone.id} className={milestone.released ? 'released' : undefined}>
          <strong>{milestone.name}</strong> <span className="muted small">{milestone.releaseDate ?? 'no date'}</span>{' '}
          <span className="badge">{milestone.released ? 'released' : 'planned'}</span>{' '}
          <span className="muted small">{milestone.issues.length} issue{milestone.issues.length === 1 ? '' : 's'}</span>
          <ProgressBar value={milestone.progress} label={`${milestone.name} progress`} />
        </li>
      ))}
    </ol>
  );
}

/** `/roadmap`: sprints with their issues, subtasks and progress, the milestone timeline, epics and owners; live. */
export function RoadmapPage() {
  const dashboard = useLiveQuery(RoadmapDashboard, {}, { document: RoadmapEvents, variables: {} });
  if (dashboard.error) return <ErrorView error={dashboard.error} />;
  if (!dashboard.data) return <LoadingView label="Loading the roadmap" />;
  const { roadmap } = dashboard.data;
  return (
    <main className="roadmap-page">
      <header>
        <h1>Roadmap</h1>
        <p className="muted small">
          {roadmap.projectKey} · {roadmap.mode === 'JIRA' ? 'synced with Jira' : 'kept in Support Graph'}
        </p>
      </header>
      <section aria-label="Sprints">
        <h2>Sprints</h2>
        {roadmap.sprints.length === 0 ? <EmptyView>No sprints yet.</EmptyView> : roadmap.sprints.map((sprint) => <SprintCard key={sprint.id} sprint={sprint} />)}
      </section>
      <section aria-label="Milestone timeline">
        <h2>Milestones</h2>
        <MilestoneTimeline milestones={roadmap.milestones} />
      </section>
      <section aria-label="Epics">
        <h2>Epics</h2>
        <ul className="plain-list">
          {roadmap.epics.map((epic) => (
            <li key={epic.id}>
              <strong>{epic.key}</strong> {epic.summary} <span className="muted small">{epic.children.length} issues</span>{' '}
              <ProgressBar value={epic.progress} label={`${epic.summary} progress`} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Owners">
        <h2>Owners</h2>
        <ul className="plain-list">
          {roadmap.componentOwners.map((owner) => (
            <li key={owner.component}>
              {owner.component}: {owner.team} ({owner.owner})
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
