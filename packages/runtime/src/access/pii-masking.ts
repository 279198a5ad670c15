import { redactPii } from '../pii-redaction.js';

/** `dana@example.com` → `d***@example.com`: enough to tell records apart, not to contact anyone. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `Dana Scully` → `D*** S***`. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}***`)
    .join(' ');
}

const NAME_PLACEHOLDER = '[NAME]';
/** A capitalised word, possibly hyphenated or with an apostrophe (O'Brien, Anne-Marie), in any script that has case. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const FULL_NAME = `${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}`;
/** "My name is Dana Scully", "I'm Dana", in the languages the agents speak (the cue in any case, the name capitalised). */
const INTRODUCTION = new RegExp(
  String.raw`(\b(?:my name is|I am|I'm|this is|je m'appelle|je suis|me llamo|soy|mi chiamo|sono|ich heiße|ich bin|mein Name ist|o meu nome é|chamo-me|mijn naam is|ik ben|nazywam się)[ \t]+)` +
    `(${FULL_NAME})`,
  'giu',
);
/** A sign-off and the name on the line after it: "Thanks,\nDana", "Best regards, Dana Scully". */
const SIGN_OFF = new RegExp(
  String.raw`(\b(?:regards|best|thanks|thank you|cheers|sincerely|saludos|gracias|cordialement|merci|grüße|gruß|danke|grazie|saluti|obrigad[oa]|groeten|pozdrawiam|dziękuję)[,.!]?[ \t]*(?:\r?\n)?[ \t]*)` +
    `(${FULL_NAME})[ \t]*$`,
  'giu',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Free text with personal data replaced by typed placeholders ([EMAIL], [PHONE], [CARD]…) and
 * names by [NAME]: the names we know (the customer's own, given by the caller, each part of three
 * letters or more), and names a writer gives away by the way they write (an introduction, a
 * sign-off). Names said any other way are not detectable without a model: that limit is documented.
 */
export function maskFreeText(text: string, knownNames: readonly string[] = []): string {
  let masked = redactPii(text);
  const parts = knownNames
    .flatMap((name) => [name, ...name.split(/\s+/)])
    .map((part) => part.trim())
    .filter((part) => part.length >= 3 && part !== NAME_PLACEHOLDER)
    .sort((a, b) => b.length - a.length);
  if (parts.length > 0) {
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu'), NAME_PLACEHOLDER);
  }
  // The cues match in any case ('giu'), so the words after them do too: only the leading words that
  // start with a capital, as names are written, are the name; the rest stays.
  const maskName = (match: string, cue: string, words: string) => {
    const name = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*/u.exec(words)?.[0];
    return name ? `${cue}${NAME_PLACEHOLDER}${words.slice(name.length)}` : match;
  };
  return masked.replace(INTRODUCTION, maskName).replace(SIGN_OFF, maskName);
}
