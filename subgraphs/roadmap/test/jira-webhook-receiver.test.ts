import { createHmac } from 'node:crypto';
import { jobForWebhook, verifyJiraSignature } from '../src/sync/jira-webhook-receiver.js';

const SECRET = 'a-secret-of-sixteen+';
const sign = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

describe('Jira webhook deliveries', () => {
  it('accepts only the HMAC of the exact body with the secret', () => {
    const body = '{"webhookEvent":"jira:issue_updated"}';
    expect(verifyJiraSignature(body, sign(body), SECRET)).toBe(true);
    expect(verifyJiraSignature(`${body} `, sign(body), SECRET)).toBe(false);
    expect(verifyJiraSignature(body, sign(body).replace('sha256=', 'sha1='), SECRET)).toBe(false);
    expect(verifyJiraSignature(body, 'sha256=abc', SECRET)).toBe(false);
    expect(verifyJiraSignature(body, undefined, SECRET)).toBe(false);
    expect(verifyJiraSignature(body, sign(body), 'another-secret-sixteen')).toBe(false);
  });

  it('turns each event into one idempotent sync job', () => {
    const updated = { webhookEvent: 'jira:issue_updated', timestamp: 1, issue: { id: '10001', key: 'SUP-1' } };
    expect(jobForWebhook(updated)).toEqual({ key: 'hook:jira:issue_updated:10001::1', job: { kind: 'pull-issue', ref: '10001' } });
    expect(jobForWebhook(updated)?.key).toBe(jobForWebhook({ ...updated })?.key);
    expect(jobForWebhook({ ...updated, timestamp: 2 })?.key).not.toBe(jobForWebhook(updated)?.key);
    expect(jobForWebhook({ webhookEvent: 'jira:issue_deleted', timestamp: 1, issue: { id: '10001' } })?.job).toEqual({ kind: 'delete-issue', remoteId: '10001' });
    expect(jobForWebhook({ webhookEvent: 'comment_created', timestamp: 1, issue: { id: '10001' }, comment: { id: 7 } })?.job).toEqual({ kind: 'pull-issue', ref: '10001' });
    expect(jobForWebhook({ webhookEvent: 'jira:version_released', timestamp: 1, version: { id: 10100 } })?.job).toEqual({ kind: 'pull-plan' });
    expect(jobForWebhook({ webhookEvent: 'sprint_started', timestamp: 1, sprint: { id: 3 } })?.job).toEqual({ kind: 'pull-plan' });
    expect(jobForWebhook({ webhookEvent: 'board_updated', timestamp: 1 })).toBeNull();
  });
});
