/**
 * Paid models cite passages inline as `[kb-12#0]`, as the prompt asks; the customer must not see
 * ids (citations are shown as links), so the prose drops them, while the stream is still flowing.
 */
const MARKER = /\s?\[([^[\]\n]{1,300})\]/g;

/** `text` without the bracketed markers that name only known passage ids. */
export function withoutCitationMarkers(text: string, knownIds: ReadonlySet<string>): string {
  return text.replace(MARKER, (marker, inside: string) =>
    inside.split(/[,;]/).every((id) => knownIds.has(id.trim())) ? '' : marker,
  );
}

/**
 * A filter for streamed deltas: text after an unclosed `[` is held back until the bracket closes
 * (or grows too long to be a marker), so a marker split across deltas is still removed.
 */
export function citationMarkerFilter(knownIds: ReadonlySet<string>): { push(delta: string): string; flush(): string } {
  let held = '';
  return {
    push(delta) {
      held += delta;
      const open = held.lastIndexOf('[');
      if (open >= 0 && !held.includes(']', open) && held.length - open <= 300) {
        const ready = withoutCitationMarkers(held.slice(0, open), knownIds);
        held = held.slice(open);
        return ready;
      }
      const ready = withoutCitationMarkers(held, knownIds);
      held = '';
      return ready;
    },
    flush() {
      const rest = withoutCitationMarkers(held, knownIds);
      held = '';
      return rest;
    },
  };
}
