import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JiraContract } from './jira-contract.js';

export interface FakeJiraOptions {
  readonly projectKey?: string;
  readonly email?: string;
  readonly apiToken?: string;
  /** Where the fake delivers admin webhooks (the gateway's `/webhooks/jira`); none without it. */
  readonly webhookUrl?: string;
  /** The admin webhook's secret: deliveries carry `X-Hub-Signature: sha256=<HMAC of the body>`. */
  readonly webhookSecret?: string;
  /** The custom field sprints live in. */
  readonly sprintField?: string;
}

type Category = 'new' | 'indeterminate' | 'done';

export interface FakeIssue {
  readonly id: string;
  readonly key: string;
  fields: Record<string, any>;
}

interface FakeVersion {
  id: string;
  name: string;
  releaseDate?: string;
  released: boolean;
  archived: boolean;
  projectId: number;
}

interface FakeSprint {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate?: string;
  endDate?: string;
  goal?: string;
}

const STATUS: Record<Category, { name: string; id: string }> = { new: { name: 'To Do', id: '10000' }, indeterminate: { name: 'In Progress', id: '3' }, done: { name: 'Done', id: '10001' } };
const PROJECT_ID = 10000;
const BOARD_ID = 1;

/** Jira's timestamp format: milliseconds and a `+0000` offset. */
function jiraTime(date = new Date()): string {
  return date.toISOString().replace('Z', '+0000');
}

/**
 * A local Jira Cloud for tests: the REST v3 and Agile endpoints the roadmap uses, every request and
 * response checked against Atlassian's OpenAPI definitions (violations are collected in
 * `contractViolations`, which a test expects to stay empty), real Jira's known differences followed
 * (410 on `/search`, ADF rich text, basic auth), and signed admin webhooks sent on every change.
 * Test controls move issues, release versions, plan sprints, simulate outages and lose webhooks.
 */
export class FakeJiraServer {
  readonly issues = new Map<string, FakeIssue>();
  readonly versions = new Map<string, FakeVersion>();
  readonly sprints = new Map<number, FakeSprint>();
  /** Requests or responses that broke the OpenAPI definitions. */
  readonly contractViolations: string[] = [];
  /** Every REST call, `METHOD path`, for assertions on what the client did. */
  readonly calls: string[] = [];
  /** While set, every REST call is answered with this status (and Retry-After, in seconds). */
  outage: { status: number; retryAfterSeconds?: number } | null = null;
  /** While true, webhooks are not delivered (lost), so only polling can notice changes. */
  dropWebhooks = false;
  /** This many issue creates are carried out but answered 502, as when a response is lost on the way back. */
  failAfterCreating = 0;
  private nextIssueId = 10001;
  private nextVersionId = 10100;
  private nextSprintId = 1;
  private readonly contract = new JiraContract();
  private readonly projectKey: string;
  private readonly sprintField: string;
  private readonly deliveries = new Set<Promise<void>>();
  /** Where to deliver webhooks (set once the platform, and so the gateway's port, is known). */
  webhookUrl: string | undefined;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeJiraOptions,
  ) {
    this.projectKey = options.projectKey ?? 'SUP';
    this.sprintField = options.sprintField ?? 'customfield_10020';
    this.webhookUrl = options.webhookUrl;
  }

  static async start(options: FakeJiraOptions = {}): Promise<FakeJiraServer> {
    let fake: FakeJiraServer | undefined;
    const server = createServer((request, response) => void fake!.handle(request, response));
    fake = new FakeJiraServer(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }


  issuesWithSummary(summary: string): FakeIssue[] {
    return [...this.issues.values()].filter((issue) => issue.fields['summary'] === summary);
  }

  // ---- test controls (what a person would do in Jira) ----

  createVersion(name: string, releaseDate?: string): string {
    const id = String(this.nextVersionId++);
    this.versions.set(id, { id, name, ...(releaseDate ? { releaseDate } : {}), released: false, archived: false, projectId: PROJECT_ID });
    this.webhook({ webhookEvent: 'jira:version_created', version: this.versionJson(id) });
    return id;
  }

  releaseVersion(id: string): void {
    const version = this.versions.get(id);
    if (!version) throw new Error(`no version ${id}`);
    version.released = true;
    version.releaseDate ??= new Date().toISOString().slice(0, 10);
    this.webhook({ webhookEvent: 'jira:version_released', version: this.versionJson(id) });
  }

  createSprint(name: string, state: FakeSprint['state'], startDate?: string, endDate?: string): number {
    const id = this.nextSprintId++;
    this.sprints.set(id, { id, name, state, ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) });
    this.webhook({ webhookEvent: 'sprint_created', sprint: { id, name, state } });
    return id;
  }

  /** Moves an issue on the board, sets its sprint or fix version, as a Jira user would. */
  editIssue(key: string, change: { category?: Category; sprintId?: number | null; fixVersionId?: string | null; summary?: string }): void {
    const issue = this.issues.get(key);
    if (!issue) throw new Error(`no issue ${key}`);
    if (change.category) issue.fields['status'] = this.statusJson(change.category);
    if (change.sprintId !== undefined) issue.fields[this.sprintField] = change.sprintId === null ? null : [this.sprintJson(change.sprintId)];
    if (change.fixVersionId !== undefined) issue.fields['fixVersions'] = change.fixVersionId === null ? [] : [this.versionJson(change.fixVersionId)];
    if (change.summary !== undefined) issue.fields['summary'] = change.summary;
    this.touch(issue, 'jira:issue_updated');
  }

  /** Waits for the webhooks sent so far to be delivered (or fail). */
  async settled(): Promise<void> {
    await Promise.all([...this.deliveries]);
  }

  async stop(): Promise<void> {
    await this.settled();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- JSON shapes ----

  private statusJson(category: Category) {
    return { name: STATUS[category].name, id: STATUS[category].id, statusCategory: { key: category, id: category === 'done' ? 3 : category === 'new' ? 2 : 4 } };
  }

  private versionJson(id: string): Record<string, unknown> {
    const version = this.versions.get(id);
    if (!version) throw new Error(`no version ${id}`);
    return { self: `${this.url}/rest/api/3/version/${id}`, ...version };
  }

  private sprintJson(id: number): Record<string, unknown> {
    const sprint = this.sprints.get(id);
    if (!sprint) throw new Error(`no sprint ${id}`);
    return { self: `${this.url}/rest/agile/1.0/sprint/${id}`, originBoardId: BOARD_ID, ...sprint };
  }

  private issueJson(issue: FakeIssue, fields?: readonly string[]): Record<string, unknown> {
    const wanted = fields && !fields.includes('*all') ? Object.fromEntries(Object.entries(issue.fields).filter(([name]) => fields.includes(name))) : issue.fields;
    return { id: issue.id, key: issue.key, self: `${this.url}/rest/api/3/issue/${issue.id}`, fields: wanted };
  }

  private touch(issue: FakeIssue, event: string): void {
    issue.fields['updated'] = jiraTime();
    this.webhook({ webhookEvent: event, issue: this.issueJson(issue) });
  }

  private webhook(payload: Record<string, unknown>): void {
    const url = this.webhookUrl;
    if (!url || this.dropWebhooks) return;
    const body = JSON.stringify({ timestamp: Date.now(), ...payload });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.webhookSecret) headers['x-hub-signature'] = `sha256=${createHmac('sha256', this.options.webhookSecret).update(body).digest('hex')}`;
    const delivery = fetch(url, { method: 'POST', headers, body })
      .then(async (response) => void (await response.text()))
      .catch(() => undefined)
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  // ---- HTTP ----

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = (request.method ?? 'GET').toLowerCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, any>) : undefined;
    this.calls.push(`${method.toUpperCase()} ${url.pathname}`);

    const send = (spec: 'platform' | 'software' | null, path: string, status: number, json?: unknown, headers: Record<string, string> = {}) => {
      if (spec && json !== undefined) this.contractViolations.push(...this.contract.check(spec, path, method, status, json));
      response.writeHead(status, { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers });
      response.end(json !== undefined ? JSON.stringify(json) : undefined);
    };
    const errors = (spec: 'platform' | 'software', path: string, status: number, message: string) => send(spec, path, status, { errorMessages: [message], errors: {} });

    if (this.outage) {
      const { status, retryAfterSeconds } = this.outage;
      response.writeHead(status, { 'content-type': 'application/json', ...(retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {}) });
      response.end(JSON.stringify({ errorMessages: ['Service unavailable'] }));
      return;
    }
    const expected = `Basic ${Buffer.from(`${this.options.email ?? 'sync@example.com'}:${this.options.apiToken ?? 'token'}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errorMessages: ['You are not authenticated'] }));
      return;
    }

    const route = (pattern: RegExp) => pattern.exec(url.pathname);
    let match: RegExpExecArray | null;
    if (method === 'post' && url.pathname === '/rest/api/3/issue') {
      const path = '/rest/api/3/issue';
      this.contractViolations.push(...this.contract.check('platform', path, method, 'request', body));
      const fields = body?.['fields'] ?? {};
      if (typeof fields['description'] === 'string') return errors('platform', path, 400, 'Operation value must be an Atlassian Document');
      if (fields['project']?.key !== this.projectKey) return errors('platform', path, 400, 'project: valid project is required');
      if (!fields['summary']) return errors('platform', path, 400, 'summary: You must specify a summary of the issue.');
      const id = String(this.nextIssueId++);
      const key = `${this.projectKey}-${this.issues.size + 1}`;
      const issue: FakeIssue = {
        id,
        key,
        fields: {
          summary: fields['summary'],
          description: fields['description'] ?? null,
          issuetype: { name: fields['issuetype']?.name ?? 'Task' },
          project: { key: this.projectKey, id: String(PROJECT_ID) },
          labels: fields['labels'] ?? [],
          components: fields['components'] ?? [],
          assignee: fields['assignee']?.accountId ? { accountId: fields['assignee'].accountId } : null,
          ...(fields['parent']?.key ? { parent: { key: fields['parent'].key } } : {}),
          status: this.statusJson('new'),
          fixVersions: [],
          [this.sprintField]: null,
          created: jiraTime(),
          updated: jiraTime(),
        },
      };
      this.issues.set(key, issue);
      this.webhook({ webhookEvent: 'jira:issue_created', issue: this.issueJson(issue) });
      if (this.failAfterCreating > 0) {
        this.failAfterCreating -= 1;
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end('<html>Bad gateway</html>');
        return;
      }
      return send('platform', path, 201, { id, key, self: `${this.url}/rest/api/3/issue/${id}` });
    }
    if ((match = route(/^\/rest\/api\/3\/issue\/([^/]+)$/))) {
      const path = '/rest/api/3/issue/{issueIdOrKey}';
      const ref = decodeURIComponent(match[1]!);
      const issue = this.issues.get(ref) ?? [...this.issues.values()].find((candidate) => candidate.id === ref);
      if (!issue) return errors('platform', path, 404, 'Issue does not exist or you do not have permission to see it.');
      if (method === 'get') {
        // `fields=a,b` or `fields=a&fields=b`: both are accepted by Jira.
        const listed = url.searchParams.getAll('fields').flatMap((value) => value.split(','));
        const fields = listed.length > 0 ? listed : undefined;
        return send('platform', path, 200, this.issueJson(issue, fields));
      }
      if (method === 'put') {
        this.contractViolations.push(...this.contract.check('platform', path, method, 'request', body));
        const fields = body?.['fields'] ?? {};
        if (typeof fields['description'] === 'string') return errors('platform', path, 400, 'Operation value must be an Atlassian Document');
        for (const name of ['summary', 'description', 'labels', 'components']) if (name in fields) issue.fields[name] = fields[name];
        this.touch(issue, 'jira:issue_updated');
        return send(null, path, 204);
      }
    }
    if (url.pathname === '/rest/api/3/search') return errors('platform', '/rest/api/3/search', 410, 'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.');
    if (method === 'post' && url.pathname === '/rest/api/3/search/jql') {
      const path = '/rest/api/3/search/jql';
      this.contractViolations.push(...this.contract.check('platform', path, method, 'request', body));
      const found = this.search(String(body?.['jql'] ?? ''));
      if (!found) return errors('platform', path, 400, 'Error in the JQL Query');
      const start = body?.['nextPageToken'] ? Number(Buffer.from(String(body['nextPageToken']), 'base64url').toString()) : 0;
      const size = Math.min(Number(body?.['maxResults'] ?? 50), 100);
      const page = found.slice(start, start + size);
      const more = start + size < found.length;
      const fields = (body?.['fields'] as string[] | undefined) ?? ['id'];
      return send('platform', path, 200, {
        issues: page.map((issue) => this.issueJson(issue, fields)),
        isLast: !more,
        ...(more ? { nextPageToken: Buffer.from(String(start + size)).toString('base64url') } : {}),
      });
    }
    if (method === 'get' && (match = route(/^\/rest\/api\/3\/project\/([^/]+)\/versions$/))) {
      const path = '/rest/api/3/project/{projectIdOrKey}/versions';
      if (decodeURIComponent(match[1]!) !== this.projectKey) return send(null, path, 404, { errorMessages: ['No project could be found'] });
      return send('platform', path, 200, [...this.versions.keys()].map((id) => this.versionJson(id)));
    }
    if (method === 'get' && url.pathname === '/rest/agile/1.0/board') {
      const boards = url.searchParams.get('projectKeyOrId') && url.searchParams.get('projectKeyOrId') !== this.projectKey
        ? []
        : [{ id: BOARD_ID, self: `${this.url}/rest/agile/1.0/board/${BOARD_ID}`, name: `${this.projectKey} board`, type: 'scrum', location: { projectId: PROJECT_ID, projectKey: this.projectKey } }];
      return send('software', '/rest/agile/1.0/board', 200, { maxResults: 50, startAt: 0, total: boards.length, isLast: true, values: boards });
    }
    if (method === 'get' && (match = route(/^\/rest\/agile\/1\.0\/board\/(\d+)\/sprint$/))) {
      const values = Number(match[1]) === BOARD_ID ? [...this.sprints.keys()].map((id) => this.sprintJson(id)) : [];
      return send('software', '/rest/agile/1.0/board/{boardId}/sprint', 200, { maxResults: 50, startAt: 0, isLast: true, values });
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errorMessages: [`The fake has no ${method.toUpperCase()} ${url.pathname}`] }));
  }

  /** The JQL the roadmap sends: `labels = "x"`, or `project in (…) AND updated >= "yyyy-MM-dd HH:mm" ORDER BY updated ASC`. */
  private search(jql: string): FakeIssue[] | null {
    const label = /^labels = "([^"]+)"$/.exec(jql);
    if (label) return [...this.issues.values()].filter((issue) => (issue.fields['labels'] as string[]).includes(label[1]!));
    const updated = /^project in \(([^)]*)\) AND updated >= "(\d{4}-\d{2}-\d{2} \d{2}:\d{2})" ORDER BY updated ASC$/.exec(jql);
    if (!updated) return null;
    const projects = updated[1]!.split(',').map((key) => key.trim().replace(/"/g, ''));
    const since = Date.parse(`${updated[2]!.replace(' ', 'T')}:00Z`);
    const at = (issue: FakeIssue) => Date.parse(String(issue.fields['updated']).replace('+0000', 'Z'));
    return [...this.issues.values()]
      .filter((issue) => projects.includes(String(issue.fields['project'].key)) && at(issue) >= since)
      .sort((a, b) => at(a) - at(b));
  }
}
