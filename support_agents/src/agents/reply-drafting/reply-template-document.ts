import { DEFAULT_REPLY_TEMPLATE, type ReplyTemplate } from './reply-template.js';
import { parse, stringify } from 'yaml';
import { z } from 'zod';

const phrase = z.string().trim().min(1).max(2000);

/**
 * A reply template as a YAML document: what a lead edits in the playground (feedback subgraph) and
 * what the agents subgraph reads back for the label it drafts with. Kept here, beside the agent that
 * uses it, so both sides parse it the same way.
 */
const ReplyTemplateDocument = z.strictObject({
  instructions: z.string().trim().min(1).max(20_000),
  languages: z
    .record(
      z.string().regex(/^[a-z]{2}$/u, 'a two-letter language code'),
      z.strictObject({
        greeting: phrase.refine((text) => text.includes('{name}'), 'must contain {name}'),
        anonymousGreeting: phrase,
        thanks: phrase,
        alreadyTried: phrase,
        repeated: phrase,
        otherLanguage: phrase,
        closing: phrase,
        signOff: phrase,
      }),
    )
    .refine((languages) => 'en' in languages, 'must include en (the fallback language)'),
});

/** The reason a document is not a valid reply template, or undefined when it is. */
export function replyTemplateProblem(content: string): string | undefined {
  let document: unknown;
  try {
    document = parse(content);
  } catch (error) {
    return `not valid YAML (${(error as Error).message.split('\n')[0]})`;
  }
  const parsed = ReplyTemplateDocument.safeParse(document);
  return parsed.success ? undefined : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'document'}: ${issue.message}`).join('; ');
}

/** The template a valid document describes; `version` names it in drafts (`reply-template@3`). */
export function replyTemplateFromDocument(content: string, version: string): ReplyTemplate {
  const document = ReplyTemplateDocument.parse(parse(content));
  return { version, instructions: document.instructions, languages: document.languages };
}

/** The built-in template as a document: version 1 of a fresh playground. */
export function builtInReplyTemplateDocument(): string {
  return stringify({ instructions: DEFAULT_REPLY_TEMPLATE.instructions, languages: DEFAULT_REPLY_TEMPLATE.languages }, { lineWidth: 0 });
}
