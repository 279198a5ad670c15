/**
 * A conservative English suffix stripper: enough to join "arrived/arriving/arrives" and
 * "charges/charged" without Porter's over-stemming of short words. Words under 4 letters are kept.
 */
export function lightStem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", "transferr" → "transfer", but "bill" and "pass" stay whole. */
function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length > 3 && last === w.at(-2) && last !== 'l' && last !== 's' && last !== 'z') return w.slice(0, -1);
  return w;
}
