import type { ParsedImport } from './import-document.js';
import { documentFromFields } from './import-fields.js';

/** JSON lines: one article object per line; a bad line is reported and the rest still import. */
export function parseJsonLines(source: string, content: string): ParsedImport {
  const result: ParsedImport = { documents: [], problems: [] };
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let fields: unknown;
    try {
      fields = JSON.parse(line);
    } catch {
      result.problems.push({ source: where, message: 'is not valid JSON' });
      return;
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      result.problems.push({ source: where, message: 'is not a JSON object' });
      return;
    }
    const document = documentFromFields(fields as Record<string, unknown>, {});
    if (typeof document === 'string') result.problems.push({ source: where, message: document });
    else result.documents.push(document);
  });
  return result;
}
