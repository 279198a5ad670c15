/** An API or network error with the server's own message, and a retry when one makes sense. */
export function ErrorView({ error, onRetry, title = 'Something went wrong' }: { error: { message: string }; onRetry?: () => void; title?: string }) {
  return (
    <div className="error-view" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
