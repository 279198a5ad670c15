export function LoadingView({ label }: { label: string }) {
  return (
    <p className="status-view" role="status" aria-live="polite">
      {label}…
    </p>
  );
}
