import type { ServerResponse } from 'node:http';

/**
 * Headers every console page is served with. Scripts come only from this origin (Vite emits no
 * inline script), the console cannot be framed (clickjacking), MIME types are not guessed, and no
 * URL (which may hold a ticket id) leaks to another site as a referrer. Styles allow 'unsafe-inline'
 * because React and GraphiQL set style attributes; that does not let a script run.
 */
export function consoleSecurityHeaders(oidcIssuer: string | undefined): Readonly<Record<string, string>> {
  const connect = ["'self'", ...(oidcIssuer ? [new URL(oidcIssuer).origin] : [])].join(' ');
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export function applyHeaders(response: ServerResponse, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}
