import { wordTokens } from '../../text/word-tokens.js';
import { CUE_DETECTORS } from './sentiment-cues.js';
import { INTENSIFIERS, NEGATORS, WORD_VALENCES } from './sentiment-lexicon.js';

export interface SentimentAnalysis {
  readonly label: 'positive' | 'neutral' | 'negative';
  /** -1 (very negative) … 1 (very positive). */
  readonly score: number;
  /** 0–1. */
  readonly frustration: number;
  /** 0–1. */
  readonly urgency: number;
  readonly cues: string[];
}

export interface SentimentAnalysisOptions {
  /** Customer turns from which the ticket counts as repeated contact. Default: 3. */
  readonly repeatedContactTurns?: number;
  /** |score| under this is neutral. Default: 0.05. */
  readonly neutralBand?: number;
}

/** How many following words a negator reaches: "not very good" is negated, a word five later is not. */
const NEGATION_REACH = 3;
/** A negated word keeps part of its strength with the opposite sign: "not great" is mildly negative, not terrible. */
const NEGATION_FACTOR = -0.74;
/** Squashes the valence sum into (-1, 1); larger means more words are needed to approach the ends. */
const NORMALISATION = 15;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Sum of word valences, each scaled by a preceding intensifier and flipped by a recent negator. */
function valenceSum(text: string): number {
  let sum = 0;
  let negatedFor = 0;
  let scale = 1;
  for (const token of wordTokens(text)) {
    const valence = WORD_VALENCES.get(token);
    if (NEGATORS.has(token)) {
      negatedFor = NEGATION_REACH;
      continue;
    }
    const intensity = INTENSIFIERS.get(token);
    if (intensity !== undefined && valence === undefined) {
      scale *= intensity;
      negatedFor = Math.max(0, negatedFor - 1);
      continue;
    }
    if (valence !== undefined) sum += valence * scale * (negatedFor > 0 ? NEGATION_FACTOR : 1);
    scale = 1;
    negatedFor = Math.max(0, negatedFor - 1);
  }
  return sum;
}

/** Lexicon sentiment with negation and intensifiers, plus frustration and urgency from cues. Deterministic. */
export function analyseSentiment(text: string, customerTurns: number, options: SentimentAnalysisOptions = {}): SentimentAnalysis {
  const { repeatedContactTurns = 3, neutralBand = 0.05 } = options;
  const sum = valenceSum(text);
  const score = round(sum / Math.sqrt(sum * sum + NORMALISATION));
  const cues = CUE_DETECTORS.filter((cue) => cue.test(text));
  const labels = cues.map((cue) => cue.label);
  if (customerTurns >= repeatedContactTurns && !labels.includes('repeated contact')) labels.push('repeated contact');

  const frustrationCues = labels.filter((label) => CUE_DETECTORS.find((cue) => cue.label === label)?.signals !== 'urgency');
  const deadline = labels.includes('deadline words');
  // Negative tone carries most of frustration; each independent sign of it adds a fixed step.
  const frustration = clamp01(Math.max(0, -score) * 0.7 + 0.15 * frustrationCues.length);
  const urgency = clamp01((deadline ? 0.6 : 0) + (labels.includes('!!!') ? 0.2 : 0) + (labels.includes('ALL CAPS') ? 0.1 : 0) + frustration * 0.2);
  const label = score > neutralBand ? 'positive' : score < -neutralBand ? 'negative' : 'neutral';
  return { label, score, frustration: round(frustration), urgency: round(urgency), cues: labels };
}
