/** Jira v3 takes rich text as Atlassian Document Format: one paragraph per line of plain text. */
export interface AdfDocument {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly { type: 'paragraph'; content: { type: 'text'; text: string }[] }[];
}

export function plainTextToAdf(text: string): AdfDocument {
  const paragraphs = text.split('\n').map((line) => ({ type: 'paragraph' as const, content: line ? [{ type: 'text' as const, text: line }] : [] }));
  return { type: 'doc', version: 1, content: paragraphs };
}

/** The text of an ADF document (paragraph per line); anything that is not ADF reads as empty. */
export function adfToPlainText(document: unknown): string {
  if (typeof document === 'string') return document;
  const blocks = (document as { content?: { content?: { text?: string }[] }[] } | null)?.content ?? [];
  return blocks.map((block) => (block.content ?? []).map((node) => node.text ?? '').join('')).join('\n');
}
