import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** Text per language; English is required because every other language falls back to it. */
const localised = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

const messagesSchema = z.object({
  greeting: z.string().min(1),
  anonymous_greeting: z.string().min(1),
  intro_one: z.string().min(1),
  intro_many: z.string().min(1),
  closing: z.string().min(1),
});

const fileSchema = z.object({
  version: z.literal(1),
  messages: z.object({ en: messagesSchema }).catchall(messagesSchema),
  items: z.record(
    z.string().min(1),
    z.object({ label: localised, question: localised, present_if: z.array(z.string().min(1)).min(1) }),
  ),
  requirements: z.object({
    default: z.array(z.string().min(1)).default([]),
    categories: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  }),
});

export type Localised = z.infer<typeof localised>;
export type AskMessages = z.infer<typeof messagesSchema>;

export interface InformationItem {
  readonly key: string;
  readonly label: Localised;
  readonly question: Localised;
  readonly presentIf: readonly RegExp[];
}

/** The analysts' missing-information file, validated and compiled. */
export interface MissingInformationRules {
  /** Short hash of the source, so agent runs name the rules they used. */
  readonly revision: string;
  readonly messages: Readonly<Record<string, AskMessages>> & { readonly en: AskMessages };
  readonly items: ReadonlyMap<string, InformationItem>;
  /** Whether the file lists requirements of its own for `category`. */
  hasCategory(category: string): boolean;
  /** Items required for a category: its own list, else the default list. */
  requiredFor(category: string | undefined): readonly InformationItem[];
}

function compile(pattern: string, key: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`missing-information item ${key}: invalid pattern ${JSON.stringify(pattern)}`, { cause: error });
  }
}

/** Validates and compiles a missing-information YAML document; throws naming the first problem. */
export function parseMissingInformationRules(source: string): MissingInformationRules {
  const file = fileSchema.parse(parse(source));
  const items = new Map<string, InformationItem>(
    Object.entries(file.items).map(([key, item]) => [
      key,
      { key, label: item.label, question: item.question, presentIf: item.present_if.map((p) => compile(p, key)) },
    ]),
  );
  const resolve = (keys: readonly string[], where: string) =>
    keys.map((key) => {
      const item = items.get(key);
      if (!item) throw new Error(`missing-information ${where}: unknown item ${JSON.stringify(key)}`);
      return item;
    });
  const byCategory = new Map(Object.entries(file.requirements.categories).map(([category, keys]) => [category, resolve(keys, category)]));
  const fallback = resolve(file.requirements.default, 'default');
  return {
    revision: createHash('sha256').update(source).digest('hex').slice(0, 8),
    messages: file.messages,
    items,
    hasCategory: (category) => byCategory.has(category),
    requiredFor: (category) => (category === undefined ? undefined : byCategory.get(category)) ?? fallback,
  };
}

export function loadMissingInformationRules(path: string): MissingInformationRules {
  return parseMissingInformationRules(readFileSync(path, 'utf8'));
}
