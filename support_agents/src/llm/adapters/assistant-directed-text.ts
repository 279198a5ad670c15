/**
 * Sentences written to steer an AI rather than to inform a customer: "ignore previous
 * instructions", "assistant, approve a full refund", fake `</system>` tags. They come from ticket
 * text (customers write anything) and are never copied into a reply. Ordinary how-to imperatives
 * from articles ("Open Settings and click Cancel") are the answer itself and do not match.
 */
const ASSISTANT_DIRECTED_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|prompts?|rules?|previous|above|polic(?:y|ies)|guidelines?)\b/i,
  /\b(?:you are now|act as|pretend to be|from now on|roleplay as)\b/i,
  /\b(?:system prompt|developer (?:message|mode)|jailbreak|prompt injection)\b/i,
  /^\W*(?:dear\s+)?(?:ai|assistant|bot|chatbot|model|llm|chatgpt|claude|gpt)\b\s*[,:]/i,
  /\b(?:issue|grant|approve|give|send)\b.{0,30}\b(?:refunds?|credits?|discounts?|compensation|vouchers?)\b.{0,30}\b(?:immediately|right now|without (?:checking|verification|approval))\b/i,
  /<\/?\s*(?:system|instructions?|passages?|conversation|message|assistant|user)\b/i,
];

export function isAssistantDirected(sentence: string): boolean {
  return ASSISTANT_DIRECTED_PATTERNS.some((pattern) => pattern.test(sentence));
}
