/** What a macro's placeholders are filled with. */
export interface PlaceholderValues {
  readonly 'customer.name': string;
  readonly 'ticket.number': string;
  readonly 'agent.name': string;
}

/** Replaces `{{name}}` (spaces allowed inside the braces); unknown placeholders are left as written. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{\{\s*([a-z.]+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name as keyof PlaceholderValues] : whole));
}

/** The body in `language` (`de-AT` falls back to `de`), else English, else the first one. */
export function bodyFor(bodies: Readonly<Record<string, string>>, language: string | null): { language: string; text: string } {
  const wanted = language?.toLowerCase() ?? null;
  const candidates = [wanted, wanted?.split('-')[0] ?? null, 'en', Object.keys(bodies)[0] ?? null];
  for (const candidate of candidates) {
    if (candidate && bodies[candidate] !== undefined) return { language: candidate, text: bodies[candidate] };
  }
  return { language: 'en', text: '' };
}
