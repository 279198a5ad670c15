import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { TicketPriority } from './triage-types.js';

const priority = z.enum(['low', 'normal', 'high', 'urgent']);

const ruleSchema = z.object({
  id: z.string().min(1),
  description: z.string().optional(),
  /** Case-insensitive regular expressions tested on subject + body; the rule fires if any matches. */
  match: z.array(z.string().min(1)).min(1),
  /** The rule does not fire if any of these matches. */
  unless: z.array(z.string().min(1)).default([]),
  category: z.string().min(1),
  priority: priority.optional(),
  team: z.string().min(1).optional(),
  /** How sure the analyst is; compared with the cascade's `rules` threshold. Default 1. */
  confidence: z.number().min(0).max(1).default(1),
});

const rulesFileSchema = z.object({
  version: z.literal(1),
  /** Team and priority for a category with no routing entry. */
  defaults: z.object({ team: z.string().min(1), priority }),
  /** Category → team and priority, applied to every decision whichever stage made it. */
  routing: z.record(z.string(), z.object({ team: z.string().min(1).optional(), priority: priority.optional() })).default({}),
  rules: z.array(ruleSchema).default([]),
});

export interface TriageRule {
  readonly id: string;
  readonly match: readonly RegExp[];
  readonly unless: readonly RegExp[];
  readonly category: string;
  readonly priority?: TicketPriority;
  readonly team?: string;
  readonly confidence: number;
}

/** The analysts' rules file, validated and compiled. Only ever built from the YAML, never from ticket text. */
export interface TriageRules {
  readonly defaults: { readonly team: string; readonly priority: TicketPriority };
  readonly routing: Readonly<Record<string, { readonly team?: string; readonly priority?: TicketPriority }>>;
  readonly rules: readonly TriageRule[];
}

function compile(pattern: string, ruleId: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`triage rule ${ruleId}: invalid pattern ${JSON.stringify(pattern)}`, { cause: error });
  }
}

/** Validates and compiles a rules YAML document; throws naming the first problem. */
export function parseTriageRules(source: string): TriageRules {
  const file = rulesFileSchema.parse(parse(source));
  const ids = new Set<string>();
  const rules = file.rules.map((rule): TriageRule => {
    if (ids.has(rule.id)) throw new Error(`triage rule ${rule.id}: duplicate id`);
    ids.add(rule.id);
    return Object.freeze({
      id: rule.id,
      match: Object.freeze(rule.match.map((p) => compile(p, rule.id))),
      unless: Object.freeze(rule.unless.map((p) => compile(p, rule.id))),
      category: rule.category,
      ...(rule.priority ? { priority: rule.priority } : {}),
      ...(rule.team ? { team: rule.team } : {}),
      confidence: rule.confidence,
    });
  });
  return Object.freeze({
    defaults: Object.freeze(file.defaults),
    routing: Object.freeze(Object.fromEntries(Object.entries(file.routing).map(([k, v]) => [k, Object.freeze(v)]))),
    rules: Object.freeze(rules),
  });
}

/** The analysts' rules file shipped with the agents: support_agents/rules/triage-rules.yaml. */
export const DEFAULT_TRIAGE_RULES_PATH = fileURLToPath(new URL('../../rules/triage-rules.yaml', import.meta.url));

export function loadTriageRules(path: string): TriageRules {
  return parseTriageRules(readFileSync(path, 'utf8'));
}
