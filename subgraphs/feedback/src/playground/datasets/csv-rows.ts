/**
 * Rows of an RFC 4180 CSV document (quoted fields may hold commas, quotes doubled, line breaks).
 * Throws on an unterminated quote, naming the line it started on.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      field = '';
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      line += 1;
    } else field += char;
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field is not closed`);
  row.push(field);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}
