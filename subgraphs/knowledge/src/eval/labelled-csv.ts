import { readFileSync } from 'node:fs';

export interface LabelledExample {
  text: string;
  category: string;
}

/** Reads a two-column `text,category` CSV with RFC 4180 quoting (banking77's train.csv). */
export function readLabelledCsv(path: string): LabelledExample[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  return rows.slice(1).flatMap(([text, category]) => (text && category ? [{ text: text.trim(), category: category.trim() }] : []));
}

function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
