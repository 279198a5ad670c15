import { readFileSync } from 'node:fs';
import type { LabelledText } from '@support-graph/agents';

/**
 * Reads a `text,category` CSV (BANKING77's format): RFC 4180 quoting, LF or CRLF. The support_agents
 * package has the same reader for its eval CLI but does not export it.
 */
export function readLabelledCsv(path: string): LabelledText[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = readFileSync(path, 'utf8');
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...examples] = rows;
  if (header?.[0] !== 'text' || header[1] !== 'category') throw new Error(`${path}: expected the header "text,category"`);
  return examples.filter((columns) => columns.length >= 2 && columns[0] !== '').map(([text, label]) => ({ text: text!, label: label! }));
}
