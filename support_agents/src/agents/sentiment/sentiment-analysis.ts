import { wordTokens } from '../../text/word-tokens.js';
import { CUE_DETECTORS } from './sentiment-cues.js';
import { INTENSIFIERS, NEGATORS, WORD_SENTIMENTS, type WordKind } from './sentiment-lexicon.js';
import { BAD_EVENTS, RESOLVED, SARCASM_MARKERS, SENTIMENT_PHRASES } from './sentiment-phrases.js';

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

/** How many following words of the same sentence a negator reaches: "nie jestem w ogóle zadowolony". */
const NEGATION_REACH = 4;
/** A negated word keeps part of its strength with the opposite sign: "not great" is mildly negative, not terrible. */
const NEGATION_FACTOR = -0.74;
/** Squashes the valence sum into (-1, 1); larger means more words are needed to approach the ends. */
const NORMALISATION = 15;

interface Contribution {
  readonly kind: WordKind | 'phrase' | 'complaint';
  readonly valence: number;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Sentences: negation never crosses one ("Nobody answered. Unacceptable." is two judgements). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;¡¿])\s*|\n+/u).filter((sentence) => sentence.trim() !== '');
}

/** Phrase matches of a sentence, and the sentence with them blanked out so their words are not scored twice. */
function takePhrases(sentence: string): { contributions: Contribution[]; rest: string } {
  const contributions: Contribution[] = [];
  let rest = sentence;
  for (const phrase of SENTIMENT_PHRASES) {
    rest = rest.replace(phrase.pattern, (match) => {
      contributions.push({ kind: phrase.kind === 'complaint' ? 'complaint' : 'phrase', valence: phrase.valence });
      return ' '.repeat(match.length);
    });
  }
  return { contributions, rest };
}

/** Word valences of one sentence, each scaled by a preceding intensifier and flipped by a recent negator. */
function wordContributions(sentence: string): Contribution[] {
  const contributions: Contribution[] = [];
  let negatedFor = 0;
  let scale = 1;
  for (const token of wordTokens(sentence)) {
    const word = WORD_SENTIMENTS.get(token);
    if (NEGATORS.has(token)) {
      negatedFor = NEGATION_REACH;
      continue;
    }
    const intensity = INTENSIFIERS.get(token);
    if (intensity !== undefined && word === undefined) {
      scale *= intensity;
      negatedFor = Math.max(0, negatedFor - 1);
      continue;
    }
    if (word) {
      const negated = negatedFor > 0;
      // "It does not work" reports a fact; it is not a judgement of the service.
      const factor = negated ? (word.kind === 'resolution' || word.kind === 'gratitude' ? 0 : NEGATION_FACTOR) : 1;
      contributions.push({ kind: word.kind, valence: word.valence * scale * factor });
    }
    scale = 1;
    negatedFor = Math.max(0, negatedFor - 1);
  }
  return contributions;
}

/**
 * Praise that means its opposite: an explicit marker ("Great job losing my parcel", "… Not."),
 * or praise next to a reported bad event or a complaint with no sign the problem was solved.
 */
function isSarcastic(text: string, contributions: readonly Contribution[]): boolean {
  const praise = contributions.some((c) => (c.kind === 'praise' || c.kind === 'positive' || c.kind === 'gratitude') && c.valence > 0);
  if (!praise) return false;
  if (SARCASM_MARKERS.some((marker) => marker.test(text))) return true;
  const complaint = contributions.some((c) => c.kind === 'complaint' || (c.kind === 'negative' && c.valence < 0));
  return (BAD_EVENTS.test(text) || complaint) && !RESOLVED.test(text);
}

/** Lexicon sentiment with phrases, sentence-scoped negation, intensifiers and sarcasm, plus frustration and urgency cues. Deterministic. */
export function analyseSentiment(text: string, customerTurns: number, options: SentimentAnalysisOptions = {}): SentimentAnalysis {
  const { repeatedContactTurns = 3, neutralBand = 0.05 } = options;
  const contributions = sentences(text).flatMap((sentence) => {
    const { contributions: phrases, rest } = takePhrases(sentence);
    return [...phrases, ...wordContributions(rest)];
  });
  const sarcastic = isSarcastic(text, contributions);
  const judged = contributions.some((c) => c.kind !== 'gratitude' && c.valence !== 0);
  const sum = contributions.reduce((total, c) => {
    if (sarcastic && c.valence > 0) return total - c.valence;
    // Thanks said in passing around a plain problem report is politeness, not satisfaction.
    if (c.kind === 'gratitude' && !judged && !RESOLVED.test(text) && text.length > 40) return total;
    return total + c.valence;
  }, 0);
  const score = round(sum / Math.sqrt(sum * sum + NORMALISATION));

  const labels = CUE_DETECTORS.filter((cue) => cue.test(text)).map((cue) => cue.label);
  if (sarcastic) labels.push('sarcasm');
  if (contributions.some((c) => c.kind === 'complaint')) labels.push('complaint about the service');
  if (customerTurns >= repeatedContactTurns && !labels.includes('repeated contact')) labels.push('repeated contact');

  const urgencyOnly = new Set(CUE_DETECTORS.filter((cue) => cue.signals === 'urgency').map((cue) => cue.label));
  const frustrationCues = labels.filter((label) => !urgencyOnly.has(label));
  const deadline = labels.includes('deadline words');
  // Negative tone carries most of frustration; each independent sign of it adds a fixed step.
  const frustration = clamp01(Math.max(0, -score) * 0.7 + 0.15 * frustrationCues.length);
  const urgency = clamp01((deadline ? 0.6 : 0) + (labels.includes('!!!') ? 0.2 : 0) + (labels.includes('ALL CAPS') ? 0.1 : 0) + frustration * 0.2);
  const label = score > neutralBand ? 'positive' : score < -neutralBand ? 'negative' : 'neutral';
  return { label, score, frustration: round(frustration), urgency: round(urgency), cues: labels };
}
