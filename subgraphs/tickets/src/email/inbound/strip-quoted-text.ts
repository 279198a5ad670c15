/**
 * The new part of an email reply: the quoted history ("On … wrote:", Outlook's "From: … Sent:"
 * block, Apple Mail's "> " lines) and the signature ("-- ", "Sent from my iPhone") cut off. The
 * ticket keeps the original message as sent; this is what the conversation shows and the AI reads.
 */
export function stripQuotedText(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    if (isHistoryStart(trimmed, lines[index + 1]?.trim() ?? '')) break;
    if (trimmed === '--' || line === '-- ' || /^(sent from my|envoyé de mon|von meinem|get outlook for)\b/i.test(trimmed)) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  const stripped = kept.join('\n').trim();
  // A message that is nothing but a quote (a forward without a word) keeps its text.
  return stripped.length > 0 ? stripped : text.trim();
}

function isHistoryStart(line: string, next: string): boolean {
  // Gmail / Apple Mail / Thunderbird: "On Tue, 3 Dec 2026 at 10:00, Dana <dana@example.com> wrote:" (sometimes wrapped over two lines).
  if (/^(on|le|am|el|op)\s.+(wrote|a écrit|schrieb|escribió|schreef)\s*:$/i.test(line)) return true;
  if (/^(on|le|am)\s.+/i.test(line) && /(wrote|a écrit|schrieb)\s*:$/i.test(next)) return true;
  // Outlook: a rule line or "-----Original Message-----", then "From:".
  if (/^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine)\s*-{2,}$/i.test(line)) return true;
  if (/^_{10,}$/.test(line) && /^(from|von|de):/i.test(next)) return true;
  if (/^(from|von|de):\s.+/i.test(line) && /^(sent|gesendet|envoyé|date):/i.test(next)) return true;
  return false;
}
