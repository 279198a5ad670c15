import { isIP } from 'node:net';

/**
 * Replaces personal data in free text with typed placeholders (`[EMAIL]`, `[CARD]`…) before the
 * text leaves the process (LLM providers) or reaches a log line (DESIGN.md §4).
 *
 * A pure function over one string, linear regexes only (no nested quantifiers), so it can run on
 * every log line. It errs on the side of redacting: a false positive costs a placeholder, a false
 * negative leaks a customer's data. Checksums (Luhn for cards, mod-97 for IBANs) keep long order
 * numbers and ids from being eaten.
 */

export const PiiKind = {
  Email: 'EMAIL',
  Iban: 'IBAN',
  Card: 'CARD',
  Ssn: 'SSN',
  Ip: 'IP',
  Phone: 'PHONE',
} as const;
export type PiiKind = (typeof PiiKind)[keyof typeof PiiKind];

export interface PiiRedaction {
  readonly text: string;
  /** How many values of each kind were replaced; kinds with none are absent. */
  readonly counts: Partial<Record<PiiKind, number>>;
}

interface Detector {
  readonly kind: PiiKind;
  readonly pattern: RegExp;
  /** Extra check on a regex match; the match is redacted only when this returns true. */
  readonly accept?: (match: string) => boolean;
}

/*
 * Order matters: each detector sees the output of the previous ones. E-mails go first (their local
 * part may hold digits), IBANs before cards (an IBAN's digits can pass Luhn), cards and SSNs before
 * phones (whose pattern is the loosest). Placeholders hold no digits, so nothing is matched twice.
 */
const DETECTORS: readonly Detector[] = [
  {
    kind: PiiKind.Email,
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  },
  {
    kind: PiiKind.Iban,
    // Country code, check digits, then groups of four (optionally space-separated) and a short tail.
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi,
    accept: isValidIban,
  },
  {
    kind: PiiKind.Card,
    // As printed: 4-4-4-4(-3) or Amex 4-6-5 with spaces or dashes, or 13–19 digits in one run.
    // Fixed groups (not "any digits and separators") so a trailing number cannot hide a card.
    pattern: /\b(?:\d{4}[ -]){3}\d{4}(?:[ -]?\d{3})?\b|\b\d{4}[ -]\d{6}[ -]\d{5}\b|\b\d{13,19}\b/g,
    accept: (match) => passesLuhn(match.replace(/\D/g, '')),
  },
  {
    kind: PiiKind.Ssn,
    pattern: /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g,
    accept: isPlausibleSsn,
  },
  {
    kind: PiiKind.Ip,
    pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
    accept: (match) => isIP(match) === 4,
  },
  {
    kind: PiiKind.Ip,
    // Hex groups with at least two colons; node:net decides whether it really is an IPv6 address.
    pattern: /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi,
    accept: (match) => isIP(match) === 6,
  },
  {
    kind: PiiKind.Phone,
    pattern: new RegExp(
      [
        // International: +33 6 12 34 56 78, 0044 20 7946 0958, +1-415-555-0100
        String.raw`(?:\+|\b00)\d(?:[ .\-/]?\(?\d\)?){6,14}\b`,
        // North American: (415) 555-0100, 415.555.0100, 415-555-0100
        String.raw`(?:\(\d{3}\)\s?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b`,
        // National with trunk prefix 0: 06 12 34 56 78, 030 1234567, 0612345678
        String.raw`\b0\d(?:[ .\-/]?\d){7,10}\b`,
        // National with the area code in brackets: (020) 7946 0958, (030) 123-4567
        String.raw`\(0\d{1,4}\)\s?\d(?:[ .-]?\d){5,9}\b`,
      ].join('|'),
      'g',
    ),
  },
];

/** `text` with every detected personal value replaced by `[KIND]`. */
export function redactPii(text: string): string {
  return redactPiiWithCounts(text).text;
}

/** Like `redactPii`, also counting what was replaced (for metrics and audit, never the values). */
export function redactPiiWithCounts(text: string): PiiRedaction {
  const counts: Partial<Record<PiiKind, number>> = {};
  let redacted = text;
  for (const { kind, pattern, accept } of DETECTORS) {
    redacted = redacted.replace(pattern, (match) => {
      if (accept && !accept(match)) return match;
      counts[kind] = (counts[kind] ?? 0) + 1;
      return `[${kind}]`;
    });
  }
  return { text: redacted, counts };
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
function isValidIban(match: string): boolean {
  const iban = match.replace(/ /g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/** SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
function isPlausibleSsn(match: string): boolean {
  const [area = '', group = '', serial = ''] = match.split(/[- ]/);
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}
