import { parse } from 'yaml';
import { z } from 'zod';

/** A vendor's model id as its API takes it (`claude-haiku-4-5`, `gpt-4.1-mini`). */
const modelName = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/u, 'a model id: letters, digits and . _ : / -');
/** Upper bound on generated tokens per call; a call asking for fewer keeps its own. */
const maxTokens = z.number().int().min(1).max(32_000);

/**
 * The playground's `model` document: which provider the agents try first, with which model.
 * Strict, per provider: a setting the provider would not use is refused rather than ignored.
 */
const modelChoiceDocument = z.discriminatedUnion('provider', [
  /** The deployment's own chain (ANTHROPIC_*, OPENAI_*, the embedded responder last): the seed. */
  z.strictObject({ provider: z.literal('configuration') }),
  /** Temperature is not sent to Anthropic (see anthropic-provider.ts), so it is not accepted. */
  z.strictObject({ provider: z.literal('anthropic'), model: modelName, maxTokens: maxTokens.optional() }),
  z.strictObject({ provider: z.literal('openai'), model: modelName, temperature: z.number().min(0).max(1).optional(), maxTokens: maxTokens.optional() }),
  /** The local grounded responder alone: no key, no cost, no vendor. */
  z.strictObject({ provider: z.literal('embedded') }),
]);

export type ModelChoice = z.infer<typeof modelChoiceDocument>;

/** The paid providers a model choice can name, each needing its API key in the configuration. */
export type VendorChoice = Extract<ModelChoice, { provider: 'anthropic' | 'openai' }>;

/**
 * Validates a `model` document; throws naming the field. Whether the chosen vendor's key is
 * configured is only known where the agents run: `createLlmProvider` refuses that.
 */
export function parseModelChoice(content: string): ModelChoice {
  return modelChoiceDocument.parse(parse(content));
}
