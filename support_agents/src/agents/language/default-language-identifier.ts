import { createFastTextLanguageIdentifier } from './adapters/fasttext-language-identifier.js';
import { createProfileLanguageIdentifier } from './adapters/profile-language-identifier.js';
import type { LanguageIdentifier } from './language-identifier.js';

/** Under this model confidence the profiles get a say: a few words are where the two disagree most. */
const UNSURE = 0.6;

/**
 * fastText, with the hand-written profiles as second opinion on short, unsure texts ("ok merci",
 * "oké bedankt": the profiles know those stop words) and as fallback for a call where the model
 * cannot be loaded or fails.
 */
export function createDefaultLanguageIdentifier(): LanguageIdentifier {
  const model = createFastTextLanguageIdentifier();
  const profiles = createProfileLanguageIdentifier();
  return {
    name: model.name,
    async identify(text) {
      let guess;
      try {
        guess = await model.identify(text);
      } catch {
        return { ...(await profiles.identify(text)), identifiedBy: profiles.name };
      }
      if (guess.confidence >= UNSURE) return guess;
      const second = await profiles.identify(text);
      return second.confidence > guess.confidence ? { ...second, identifiedBy: profiles.name } : guess;
    },
  };
}

/** One identifier per process: the model is loaded once and shared by every agent that needs the language. */
export const DEFAULT_LANGUAGE_IDENTIFIER: LanguageIdentifier = createDefaultLanguageIdentifier();
