import { z } from 'zod';

const optionalUrl = z.string().url().optional().or(z.literal('').transform(() => undefined));

/**
 * The roadmap subgraph (docs/roadmap.md). Without JIRA_BASE_URL the roadmap lives in the platform
 * (the offline roadmap store); with JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN it syncs with Jira Cloud.
 */
export const roadmapSettings = {
  /** Jira Cloud site, e.g. `https://acme.atlassian.net`; switches the roadmap from the offline store to Jira. */
  JIRA_BASE_URL: optionalUrl,
  /** The Atlassian account the sync acts as (basic auth with JIRA_API_TOKEN). */
  JIRA_EMAIL: z.email().optional(),
  /** API token of JIRA_EMAIL. */
  JIRA_API_TOKEN: z.string().optional(),
  /** Secret of the admin webhook registered in Jira; deliveries to `/webhooks/jira` must be signed with it (`X-Hub-Signature`). Without it webhooks are refused and polling alone syncs. */
  JIRA_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** The custom field Jira keeps an issue's sprints in. */
  JIRA_SPRINT_FIELD: z.string().regex(/^customfield_\d+$/).default('customfield_10020'),
  /** The project new issues go to, offline or in Jira; also the project the sync polls. */
  ROADMAP_PROJECT_KEY: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'a Jira project key, e.g. SUP').default('SUP'),
  /** How often to poll Jira for changes webhooks did not bring (0 = never). */
  ROADMAP_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** When a linked ticket's customer is told the fix shipped, in their language: `released` (the fix version is released), `done` (the issue is done), `off`. The team always gets an internal note. */
  ROADMAP_NOTIFY_CUSTOMERS: z.enum(['released', 'done', 'off']).default('released'),
  /** Attempts of one sync job (with back-off up to 30 s, and Jira's Retry-After) before it is dead-lettered: about 25 minutes of Jira outage at the default. */
  ROADMAP_SYNC_MAX_ATTEMPTS: z.coerce.number().int().positive().default(60),
};
