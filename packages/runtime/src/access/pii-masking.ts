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

/** Free text with personal data replaced by typed placeholders ([EMAIL], [PHONE], [CARD]…). */
export function maskFreeText(text: string): string {
  return redactPii(text);
}
