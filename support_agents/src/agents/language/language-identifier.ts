import type { LanguageGuess } from './language-detection.js';

/**
 * The port the language agent identifies text through. The default adapter is fastText's
 * lid.176 model, shipped inside an npm package (no download); the hand-written profiles are the
 * fallback when the model cannot be loaded.
 */
export interface LanguageIdentifier {
  /** Which model answered, for the agent's trace and stage (`fasttext-lid176`, `profiles`). */
  readonly name: string;
  /** The most likely language of `text` (BCP 47 primary subtag, `und` without words) and its probability. */
  identify(text: string): Promise<LanguageGuess>;
}
