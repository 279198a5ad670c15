import type { AskMessages, Localised } from './missing-information-rules.js';

/** Primary subtag of a BCP 47 tag (`fr-CA` → `fr`). */
function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? language;
}

/** The text in `language`, else English. */
export function inLanguage(text: Localised, language: string): string {
  return text[primary(language)] ?? text.en;
}

/** The language the ask message is actually written in: `language` when the file has its messages, else English. */
export function askLanguage(messages: Readonly<Record<string, AskMessages>>, language: string | undefined): string {
  const wanted = language ? primary(language) : 'en';
  return messages[wanted] ? wanted : 'en';
}

/** A polite message asking for exactly `questions`, one per line, in the file's wording for `language`. */
export function composeAskMessage(messages: AskMessages, questions: readonly string[], customerName: string | undefined): string {
  const greeting = customerName ? messages.greeting.replace('{name}', customerName) : messages.anonymous_greeting;
  const intro = questions.length === 1 ? messages.intro_one : messages.intro_many;
  return [greeting, '', intro, ...questions.map((question) => `- ${question}`), '', messages.closing].join('\n');
}
