import { parse } from 'yaml';

/**
 * The YAML mapping a version's document holds, or why it holds none. The problem names the line of a
 * syntax error, never the document's words beyond its first message line.
 */
export function yamlMapping(content: string): { readonly mapping: Record<string, unknown> } | { readonly problem: string } {
  let document: unknown;
  try {
    document = parse(content);
  } catch (error) {
    return { problem: `not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return { problem: 'must be a YAML mapping' };
  return { mapping: document as Record<string, unknown> };
}
