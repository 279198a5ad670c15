import { fileURLToPath } from 'node:url';
import { customerLanguage } from '../customer-language.js';
import { customerText } from '../customer-text.js';
import type { AgentReadingEarlierResults, ContextWithEarlierResults } from '../earlier-results.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentOutput } from '../support-agent.js';
import { askLanguage, composeAskMessage, inLanguage } from './ask-message.js';
import { loadMissingInformationRules, type MissingInformationRules } from './missing-information-rules.js';
import type { MissingInformationResult, MissingItem } from './missing-information-result.js';

export interface MissingInformationAgentOptions {
  /** Requirements and detectors. Default: `support_agents/rules/missing-information.yaml`. */
  readonly rules?: MissingInformationRules;
}

const DEFAULT_RULES_PATH = fileURLToPath(new URL('../../../rules/missing-information.yaml', import.meta.url));

/**
 * The category comes from the triage agent's earlier result, else from a ticket tag that names a
 * category with requirements; without either the default requirements apply.
 */
function categoryOf(context: ContextWithEarlierResults, rules: MissingInformationRules): string | undefined {
  const triaged = context.earlier?.triage?.result.category;
  if (triaged) return triaged;
  return context.ticket.tags.find((tag) => rules.hasCategory(tag));
}

/** Checks the ticket against its category's requirements and, when something is missing, words the question. */
export function createMissingInformationAgent(options: MissingInformationAgentOptions = {}): AgentReadingEarlierResults<MissingInformationResult> {
  const rules = options.rules ?? loadMissingInformationRules(DEFAULT_RULES_PATH);
  return {
    name: 'missing-information',
    version: `1.0.0+rules.${rules.revision}`,
    async run(context: ContextWithEarlierResults): Promise<AgentOutput<MissingInformationResult>> {
      const started = performance.now();
      const category = categoryOf(context, rules);
      const required = rules.requiredFor(category);
      const text = customerText(context.ticket);
      const language = askLanguage(rules.messages, await customerLanguage(context));
      const missingItems = required.filter((item) => !item.presentIf.some((pattern) => pattern.test(text)));
      const missing = missingItems.map((item) => ({
        key: item.key,
        label: item.label.en,
        question: inLanguage(item.question, language),
      }));
      const messages = rules.messages[language] ?? rules.messages.en;
      return {
        result: {
          missing,
          complete: missing.length === 0,
          ...(missing.length > 0
            ? { askMessage: composeAskMessage(messages, missing.map((item) => item.question), context.ticket.customer.name) }
            : {}),
          category: category ?? null,
          language,
        },
        // Regex detectors find what is there reliably; a miss may be a fact written in an unexpected way.
        confidence: missing.length === 0 ? 0.9 : 0.8,
        stage: 'rules',
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `requirements of ${category ?? 'the default list'}: ${required.map((item) => item.key).join(', ') || 'none'}`,
          missing.length ? `missing: ${missing.map((item) => item.key).join(', ')} (asking in ${language})` : 'everything required is present',
        ],
      };
    },
  };
}
