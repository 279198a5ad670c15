import { useState } from 'react';
import { RelativeTime } from '../../ui/components/relative-time';
import { MarkdownView } from '../../ui/components/markdown-view';
import type { ArticleVersion } from '../knowledge-types';
import { ArticleStatusBadge } from './article-status-badge';

/** The API's change labels ("body", "status:PUBLISHED", "rollback:3", "import") in words. */
function describeChange(change: string): string {
  const [kind, value] = change.split(':');
  if (kind === 'status' && value) return value.toLowerCase();
  if (kind === 'rollback' && value) return `rolled back to version ${value}`;
  if (kind === 'import') return 'imported';
  return `${change} edited`;
}

/** Every version, newest first: what changed, by whom, and a way back to any earlier one. */
export function ArticleVersions({
  history,
  current,
  mayRollBack,
  rollingBack,
  onRollBack,
}: {
  history: ArticleVersion[];
  current: number;
  mayRollBack: boolean;
  rollingBack: boolean;
  onRollBack: (version: number) => void;
}) {
  const [shown, setShown] = useState<number>();
  return (
    <section className="article-versions" aria-label="Versions">
      <h2>Versions</h2>
      <ol reversed>
        {[...history].reverse().map((version) => (
          <li key={version.version}>
            <span className="badges">
              <strong>Version {version.version}</strong>
              <ArticleStatusBadge status={version.status} />
              <span className="muted">
                {version.changes.map(describeChange).join(', ') || 'created'} · by {version.author} · <RelativeTime iso={version.changedAt} />
              </span>
              <button type="button" className="link-button" aria-expanded={shown === version.version} onClick={() => setShown(shown === version.version ? undefined : version.version)}>
                {shown === version.version ? 'Hide' : 'Show'}
              </button>
              {mayRollBack && version.version !== current ? (
                <button type="button" disabled={rollingBack} onClick={() => onRollBack(version.version)}>
                  Roll back to version {version.version}
                </button>
              ) : null}
            </span>
            {shown === version.version ? (
              <div className="version-content">
                <h3>{version.title}</h3>
                <MarkdownView source={version.body} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
