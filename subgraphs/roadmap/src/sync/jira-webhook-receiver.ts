import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody, type JobQueue, type Logger } from '@support-graph/runtime';
import type { SyncJob } from './sync-jobs.js';

/** Where Jira delivers (through the gateway, which forwards the body and headers untouched). */
export const JIRA_WEBHOOK_PATH = '/webhooks/jira';

const MAX_WEBHOOK_BYTES = 1_000_000;

interface JiraWebhook {
  webhookEvent?: string;
  timestamp?: number;
  issue?: { id?: string | number; key?: string };
  comment?: { id?: string | number };
  version?: { id?: string | number };
  sprint?: { id?: string | number };
}

/** Jira admin webhooks sign each delivery `X-Hub-Signature: sha256=<hex HMAC of the body>` with the secret registered with them. */
export function verifyJiraSignature(body: string, header: string | undefined, secret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', secret).update(body).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The sync job a delivery asks for, and its idempotency key (a redelivery of the same event adds nothing). */
export function jobForWebhook(hook: JiraWebhook): { key: string; job: SyncJob } | null {
  const event = hook.webhookEvent ?? '';
  const at = hook.timestamp ?? 0;
  const issueId = hook.issue?.id !== undefined ? String(hook.issue.id) : undefined;
  if (event === 'jira:issue_deleted' && issueId) return { key: `hook:${event}:${issueId}:${at}`, job: { kind: 'delete-issue', remoteId: issueId } };
  // Comments change the issue's `updated`; the comment text itself is not kept here.
  if ((event.startsWith('jira:issue_') || event.startsWith('comment_')) && issueId) {
    return { key: `hook:${event}:${issueId}:${hook.comment?.id ?? ''}:${at}`, job: { kind: 'pull-issue', ref: issueId } };
  }
  if (event.startsWith('jira:version_') || event.startsWith('sprint_')) {
    return { key: `hook:${event}:${hook.version?.id ?? hook.sprint?.id ?? ''}:${at}`, job: { kind: 'pull-plan' } };
  }
  return null;
}

/**
 * `POST /webhooks/jira`: verified, then turned into a durable sync job before answering 202, so a
 * crash after the answer loses nothing (the job re-reads Jira, never trusts the delivered body).
 */
export function jiraWebhookReceiver(queue: JobQueue<SyncJob>, secret: string, logger: Logger) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') return reply(405, { error: 'POST only' });
    let body: string;
    try {
      body = await readBody(request, MAX_WEBHOOK_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reply(413, { error: 'too large' });
      throw error;
    }
    const signature = request.headers['x-hub-signature'];
    if (!verifyJiraSignature(body, Array.isArray(signature) ? signature[0] : signature, secret)) {
      logger.warn('Jira webhook refused: bad signature');
      return reply(401, { error: 'bad signature' });
    }
    let hook: JiraWebhook;
    try {
      hook = JSON.parse(body) as JiraWebhook;
    } catch {
      return reply(400, { error: 'not JSON' });
    }
    const planned = jobForWebhook(hook);
    if (planned) await queue.enqueue(planned.key, planned.job);
    logger.debug({ event: hook.webhookEvent, queued: Boolean(planned) }, 'Jira webhook received');
    reply(202, { accepted: Boolean(planned) });
  };
}
