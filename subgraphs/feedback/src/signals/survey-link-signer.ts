import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFileOnce } from '@support-graph/runtime';

/** What a survey link grants: answering one ticket's survey until `expiresAt`. */
export interface SurveyLinkClaim {
  readonly ticketId: string;
  readonly expiresAt: Date;
}

/**
 * Signs and checks the survey links customers get when a ticket is resolved, so they can answer
 * without signing in. A link is `<base64url payload>.<base64url HMAC-SHA256>`; it names the ticket
 * and its expiry only (nothing personal), and grants nothing else.
 */
export class SurveyLinkSigner {
  constructor(private readonly key: Buffer) {}

  sign(claim: SurveyLinkClaim): string {
    const payload = Buffer.from(JSON.stringify({ t: claim.ticketId, e: claim.expiresAt.getTime() })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claim, or null when the token is malformed, forged or expired. */
  verify(token: string, now = new Date()): SurveyLinkClaim | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const { t, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t?: unknown; e?: unknown };
      if (typeof t !== 'string' || typeof e !== 'number' || e <= now.getTime()) return null;
      return { ticketId: t, expiresAt: new Date(e) };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** FEEDBACK_LINK_KEY, or a key generated on first run under DATA_DIR/keys (never committed). */
export function surveyLinkKey(config: { DATA_DIR: string; FEEDBACK_LINK_KEY?: string | undefined }): Buffer {
  if (config.FEEDBACK_LINK_KEY) return Buffer.from(config.FEEDBACK_LINK_KEY, 'utf8');
  const dir = join(config.DATA_DIR, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'feedback-link.key');
  if (!existsSync(path)) writeSecretFileOnce(path, randomBytes(32).toString('hex'));
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
}
