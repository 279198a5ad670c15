import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRole, issueDevToken, loadOrCreateDevKeys, type PlatformConfig } from '@support-graph/runtime';

/** Bodies of `POST /dev/token` are tiny: `{ "role": "agent", "subject": "ann@example.com" }`. */
const MAX_DEV_TOKEN_BODY_BYTES = 4096;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The dev sign-in exists only on the embedded default: never with a real identity provider or in production. */
export function devTokenEndpointEnabled(config: PlatformConfig): boolean {
  return !config.JWT_JWKS_URL && config.NODE_ENV !== 'production';
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`, what a dual-stack socket reports). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_DEV_TOKEN_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `POST /dev/token`: a dev token signed with the local key under DATA_DIR, exactly as
 * `npm run -s token -- --role R --sub S` prints it. The console's dev sign-in calls it.
 */
export function createDevTokenEndpoint(config: PlatformConfig): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    if (request.method !== 'POST') return reply(response, 405, { error: 'use POST' });
    const text = await readBody(request);
    if (text === undefined) return reply(response, 413, { error: 'body too large' });
    let body: { role?: unknown; subject?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return reply(response, 400, { error: 'the body must be JSON: {"role": "...", "subject": "..."}' });
    }
    if (!isRole(body.role)) return reply(response, 400, { error: 'unknown role' });
    const subject = typeof body.subject === 'string' && body.subject.trim() ? body.subject.trim() : undefined;
    if (body.role === 'customer' && (!subject || !EMAIL.test(subject))) return reply(response, 400, { error: 'a customer signs in with an email address' });
    const keys = await loadOrCreateDevKeys(config.DATA_DIR);
    const token = await issueDevToken(
      {
        role: body.role,
        subject: subject ?? `${body.role}@support.local`,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
      },
      keys.jwtPrivateKey,
    );
    reply(response, 200, { token });
  };
}
