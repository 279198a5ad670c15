/** A search snippet whose matches the API wraps in <mark>…</mark>: shown as marks, never as HTML. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(/<mark>(.*?)<\/mark>/g);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</>;
}
