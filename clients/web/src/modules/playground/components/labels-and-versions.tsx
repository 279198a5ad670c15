import { RelativeTime } from '../../ui/components/relative-time';
import type { ConfigLabel, ConfigVersion } from '../playground-types';

/** Where each label points, and every version with the moves a lead can make. */
export function LabelsAndVersions({
  labels,
  versions,
  busy,
  onEdit,
  onPromote,
  onRollBack,
}: {
  labels: ConfigLabel[];
  versions: ConfigVersion[];
  busy: boolean;
  onEdit: (version: ConfigVersion) => void;
  onPromote: (version: number) => void;
  onRollBack: () => void;
}) {
  const production = labels.find((label) => label.label === 'production');
  return (
    <section aria-label="Versions and labels">
      <h2>Labels</h2>
      <ul className="playground-labels">
        {labels.map((label) => (
          <li key={label.label} data-label={label.label}>
            <strong>{label.label}</strong> → version {label.version}
            {label.protected ? ' (protected)' : ''} · moved by {label.movedBy} <RelativeTime iso={label.movedAt} />
          </li>
        ))}
      </ul>
      {production ? (
        <button type="button" disabled={busy} onClick={onRollBack}>
          Roll back production
        </button>
      ) : null}
      <h2>Versions</h2>
      <ol reversed className="playground-versions">
        {versions.map((version) => (
          <li key={version.number}>
            <strong>Version {version.number}</strong> · {version.message} · by {version.author} <RelativeTime iso={version.createdAt} />
            {' '}
            <button type="button" className="link-button" onClick={() => onEdit(version)}>
              Edit from here
            </button>
            {production && production.version !== version.number ? (
              <button type="button" disabled={busy} onClick={() => onPromote(version.number)}>
                Promote version {version.number} to production
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
