import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The committed demo folder (same depth from src/ and dist/). */
export const DEMO_DIR = fileURLToPath(new URL('../../../demo', import.meta.url));

const workspaceSchema = z.object({
  company: z.string(),
  anchor: z.coerce.date(),
  teams: z.array(z.string()),
  users: z.array(
    z.object({
      email: z.string(),
      name: z.string(),
      role: z.string(),
      teams: z.array(z.string()),
      routing: z
        .object({ capacity: z.record(z.string(), z.number().int()), languages: z.array(z.string()).default([]), categories: z.array(z.string()).default([]), tiers: z.array(z.string()).default([]) })
        .optional(),
    }),
  ),
  partner: z.string(),
  topics: z.record(z.string(), z.string()),
  products: z.record(z.string(), z.string()),
});

export type DemoWorkspaceSettings = z.infer<typeof workspaceSchema>;

export interface DemoWorkspace {
  readonly settings: DemoWorkspaceSettings;
  /** Markdown files for `importArticles`, named `<locale>/<file>.md`. */
  readonly articles: readonly { readonly name: string; readonly content: string }[];
  /** tickets.jsonl with every time moved by (now − anchor). */
  readonly ticketsJsonl: string;
}

export function readDemoWorkspace(now: Date, dir = DEMO_DIR): DemoWorkspace {
  const settings = workspaceSchema.parse(parseYaml(readFileSync(join(dir, 'workspace.yaml'), 'utf8')));
  const articlesDir = join(dir, 'articles');
  const articles = readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((locale) =>
      readdirSync(join(articlesDir, locale.name))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => ({ name: `${locale.name}/${file}`, content: readFileSync(join(articlesDir, locale.name, file), 'utf8') })),
    );
  const ticketsJsonl = shiftTicketTimes(readFileSync(join(dir, 'tickets.jsonl'), 'utf8'), now.getTime() - settings.anchor.getTime());
  return { settings, articles, ticketsJsonl };
}

/** Moves createdAt, resolvedAt and every message's createdAt of each JSON line by `shiftMs`. */
export function shiftTicketTimes(jsonl: string, shiftMs: number): string {
  const shift = (value: unknown) => (typeof value === 'string' ? new Date(new Date(value).getTime() + shiftMs).toISOString() : value);
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const ticket = JSON.parse(line) as { createdAt?: string; resolvedAt?: string; messages?: { createdAt?: string }[] };
      return JSON.stringify({
        ...ticket,
        createdAt: shift(ticket.createdAt),
        ...(ticket.resolvedAt ? { resolvedAt: shift(ticket.resolvedAt) } : {}),
        messages: (ticket.messages ?? []).map((message) => ({ ...message, createdAt: shift(message.createdAt) })),
      });
    })
    .join('\n');
}
