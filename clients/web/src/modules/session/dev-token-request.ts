import type { Role } from './session';

/** Asks the gateway's dev-only `POST /dev/token` for a token (embedded mode; 404 elsewhere). */
export async function requestDevToken(role: Role, subject: string | undefined): Promise<string> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...(subject ? { subject } : {}) }),
  });
  if (response.status === 404) throw new Error('Dev sign-in is turned off on this server.');
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `Sign-in failed (HTTP ${response.status}).`);
  return body.token;
}
