import type { ParsedImport } from './import-document.js';
import { parseHtmlArticle } from './html-import.js';
import { parseJsonLines } from './jsonl-import.js';
import { parseMarkdownArticle } from './markdown-import.js';

export interface ImportFile {
  name: string;
  content: string;
}

/** Picks the reader by file extension: .md/.markdown, .jsonl/.ndjson, .html/.htm. */
export function parseImportFiles(files: readonly ImportFile[]): ParsedImport {
  const result: ParsedImport = { documents: [], problems: [] };
  for (const file of files) {
    if (/\.(jsonl|ndjson)$/i.test(file.name)) {
      const parsed = parseJsonLines(file.name, file.content);
      result.documents.push(...parsed.documents);
      result.problems.push(...parsed.problems);
      continue;
    }
    const single = /\.(md|markdown)$/i.test(file.name)
      ? parseMarkdownArticle(file.name, file.content)
      : /\.html?$/i.test(file.name)
        ? parseHtmlArticle(file.name, file.content)
        : 'is not .md, .jsonl or .html';
    if (typeof single === 'string') result.problems.push({ source: file.name, message: single });
    else result.documents.push(single);
  }
  return result;
}
