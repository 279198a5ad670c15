/** A share of work done, as a bar with its percentage; "no issues" when there is nothing to measure. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  if (value === null) return <span className="muted small">no issues</span>;
  const percent = Math.round(value * 100);
  return (
    <span className="progress" role="progressbar" aria-label={label} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
      <span className="progress-fill" style={{ width: `${percent}%` }} />
      <span className="progress-text small">{percent}%</span>
    </span>
  );
}
