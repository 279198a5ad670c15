import { detectLanguage } from '../language-detection.js';
import type { LanguageIdentifier } from '../language-identifier.js';

/** The hand-written stop-word and trigram profiles (seven Latin-script languages): no model, always available. */
export function createProfileLanguageIdentifier(): LanguageIdentifier {
  return { name: 'profiles', identify: async (text) => detectLanguage(text) };
}
