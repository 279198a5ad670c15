import { wordTokens } from '../../text/word-tokens.js';
import type { RetrievedPassage } from '../llm-provider.js';
import { isAssistantDirected } from './assistant-directed-text.js';
import { conceptsOf } from './support-term-concepts.js';

export interface SentenceSelectionOptions {
  /** Content words a passage must share with the question to count as relevant. Default: 2. */
  readonly minSharedTerms?: number;
  /** Share of the question's content words a passage must contain to count as relevant. Default: 0.2. */
  readonly minQuestionCoverage?: number;
  /** Most sentences in one answer. Default: 4. */
  readonly maxSentences?: number;
  /** A sentence must score at least this share of the best sentence's score. Default: 0.4. */
  readonly minRelativeScore?: number;
}

export interface SelectedSentence {
  readonly text: string;
  readonly passageId: string;
}

interface CandidateSentence extends SelectedSentence {
  readonly terms: ReadonlySet<string>;
  readonly passageRank: number;
  /** Index of the sentence in its passage. */
  readonly position: number;
}

/*
 * Function words in the languages the responder phrases cover; they match everything and say nothing
 * about relevance. Short on purpose: content words carry the signal, a longer list adds little.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our so than that the their them then there these they this to too us was we ' +
    'were what when where which who why will with would you your yours please hi hello thanks thank ' +
    'le la les un une des du de et est en pour pas que qui dans sur mon ma mes vous nous je il elle ' +
    'el los las y es por para con no que mi mis su usted yo ' +
    'der die das und ist ein eine nicht mit für ich sie wir mein meine wurde werden muss kann tun habe hat bin was wie ' +
    'il lo gli di che non per con una sono mio mia come ' +
    'o os as um uma do da dos das não com meu minha como ' +
    'het een en niet met voor ik mijn hoe ' +
    'jak nie się na do jest mój moja czy'
  ).split(' '),
);

/** Content words of `text`, crudely stemmed so "refunds", "refunded" and "refund" meet. */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of wordTokens(text)) {
    if (STOP_WORDS.has(token) || (token.length < 3 && !/\d/.test(token))) continue;
    terms.add(stem(token));
    // Language-independent concepts let a question meet an article written in another language.
    for (const concept of conceptsOf(token)) terms.add(concept);
  }
  return terms;
}

function stem(token: string): string {
  if (token.length <= 4) return token;
  return token.replace(/(?:'s|ies|ing|ed|es|s)$/, (suffix) => (suffix === 'ies' ? 'y' : ''));
}

/** Id of the article a passage belongs to: chunk ids are `<article id>#<position>`. */
export function articleIdOf(passageId: string): string {
  const hash = passageId.lastIndexOf('#');
  return hash > 0 ? passageId.slice(0, hash) : passageId;
}

/**
 * What the customer says they already did ("I already tapped Forgot password", "checked spam"):
 * content words of the clause after the word, so the answer does not tell them to do it again.
 */
const ALREADY_TRIED =
  /(?:\bi (?:have |'ve )?(?:already )?|\balready )(tried|tapped|clicked|pressed|checked|reset|restarted|reinstalled|requested|updated)\b([^.!?\n]{0,60})|\b(essayé|vérifié|cliqué|redémarré|probé|revisé|pulsé|reinicié|versucht|geprüft|geklickt|neu gestartet|provato|controllato|cliccato|tentei|verifiquei|cliquei|geprobeerd|gecontroleerd|geklikt|próbowałem|próbowałam|sprawdziłem|sprawdziłam|kliknąłem|kliknęłam)\b([^.!?\n]{0,60})/giu;

function triedTerms(question: string): Set<string> {
  const terms = new Set<string>();
  for (const [, verb = '', clause = '', otherVerb = '', otherClause = ''] of question.matchAll(ALREADY_TRIED)) {
    // Words only: a concept repeats its word, and would make one shared word count twice.
    for (const term of contentTerms(`${verb} ${clause} ${otherVerb} ${otherClause}`)) if (!term.startsWith('@')) terms.add(term);
  }
  return terms;
}

/**
 * Picks the sentences that answer `question` from the single best-matching article (never a mix
 * of articles), in reading order, with the sentence after each chosen one when it continues the
 * same instructions. Passages that share too little with the question are ignored. A sentence
 * scores the rarity-weighted question words it contains, plus a bonus when the question asks for
 * a quantity or a time and the sentence has a number; an article scores its two best sentences.
 * Left out: sentences under `minRelativeScore` of the best, near-duplicates, sentences aimed at an
 * AI, and sentences telling the customer to do what they say they already did. Empty when nothing
 * is relevant.
 */
export function selectAnswerSentences(
  question: string,
  passages: readonly RetrievedPassage[],
  options: SentenceSelectionOptions = {},
): SelectedSentence[] {
  const minSharedTerms = options.minSharedTerms ?? 2;
  const minQuestionCoverage = options.minQuestionCoverage ?? 0.2;
  const maxSentences = options.maxSentences ?? 4;
  const minRelativeScore = options.minRelativeScore ?? 0.4;

  const questionTerms = contentTerms(question);
  if (questionTerms.size === 0) return [];
  // A short question ("how do I update my address?") has few words to share: one rare one is enough.
  const requiredShared = questionTerms.size <= 5 ? 1 : Math.min(minSharedTerms, questionTerms.size);
  const tried = triedTerms(question);

  const candidates: CandidateSentence[] = [];
  [...passages]
    .sort((a, b) => b.score - a.score)
    .forEach((passage, passageRank) => {
      const shared = countShared(contentTerms(`${passage.title} ${passage.text}`), questionTerms);
      if (shared < requiredShared || shared / questionTerms.size < minQuestionCoverage) return;
      // One shared word is enough only when it is the passage's topic (its title): "address" in "Change your address".
      if (shared < minSharedTerms && countShared(contentTerms(passage.title), questionTerms) === 0) return;
      splitSentences(passage.text).forEach((text, position) => {
        if (isAssistantDirected(text)) return;
        candidates.push({ text, passageId: passage.id, passageRank, position, terms: contentTerms(text) });
      });
    });

  const weight = inverseDocumentFrequency(candidates, questionTerms);
  const wantsQuantity = ASKS_FOR_QUANTITY.test(question);
  const scoreOf = new Map<CandidateSentence, number>();
  const alreadyDone: { candidate: CandidateSentence; score: number }[] = [];
  for (const candidate of candidates) {
    let score = 0;
    for (const term of candidate.terms) score += weight.get(term) ?? 0;
    // "How long…?" is answered by "…within 5 business days", whatever words surround the number.
    if (score > 0 && wantsQuantity && /\d/.test(candidate.text)) score += QUANTITY_BONUS;
    // Telling the customer to do again what they already did is no answer; what comes after it may be.
    if (countShared(candidate.terms, tried) >= 2) {
      if (score > 0) alreadyDone.push({ candidate, score });
      score = 0;
    }
    scoreOf.set(candidate, score);
  }
  // The steps after the ones the customer already took: the next sentences of the passage they matched.
  for (const { candidate, score } of alreadyDone.sort((a, b) => b.score - a.score).slice(0, 1)) {
    for (const next of candidates) {
      const after = next.position - candidate.position;
      if (next.passageId === candidate.passageId && after >= 1 && after <= 3 && scoreOf.get(next) === 0 && countShared(next.terms, tried) < 2) {
        scoreOf.set(next, score / (after + 1));
      }
    }
  }

  // An article scores its two best sentences, weighted by how the retriever ranked it (words alone miss synonyms).
  const topRetrieval = Math.max(...passages.map((p) => p.score), 1e-9);
  const retrievalOf = new Map(passages.map((p) => [p.id, Math.max(0, p.score) / topRetrieval]));
  const articleScores = new Map<string, { score: number; rank: number }>();
  for (const candidate of candidates) {
    const article = articleIdOf(candidate.passageId);
    const own = candidates.filter((c) => articleIdOf(c.passageId) === article).map((c) => scoreOf.get(c)!).sort((a, b) => b - a);
    const retrieval = Math.max(...candidates.filter((c) => articleIdOf(c.passageId) === article).map((c) => retrievalOf.get(c.passageId) ?? 0));
    articleScores.set(article, { score: ((own[0] ?? 0) + 0.5 * (own[1] ?? 0)) * (0.5 + 0.5 * retrieval), rank: candidate.passageRank });
  }
  const [bestArticle] = [...articleScores].sort((a, b) => b[1].score - a[1].score || a[1].rank - b[1].rank);
  if (!bestArticle || bestArticle[1].score === 0) return [];

  const own = candidates.filter((c) => articleIdOf(c.passageId) === bestArticle[0]);
  const scored = own
    .map((candidate) => ({ candidate, score: scoreOf.get(candidate)! }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.passageRank - b.candidate.passageRank);
  const best = scored[0]?.score ?? 0;
  const chosen: CandidateSentence[] = [];
  const take = (candidate: CandidateSentence) => {
    if (chosen.length >= maxSentences || chosen.includes(candidate)) return;
    if (chosen.some((taken) => overlapShare(candidate.terms, taken.terms) >= 0.8)) return;
    chosen.push(candidate);
  };
  for (const { candidate, score } of scored) {
    if (score < best * minRelativeScore) break;
    take(candidate);
  }
  // The sentence after a chosen one usually finishes its instructions ("… within 30 minutes.").
  for (const candidate of [...chosen]) {
    const next = own.find((c) => c.passageId === candidate.passageId && c.position === candidate.position + 1);
    if (next && countShared(next.terms, tried) < 2) take(next);
  }
  return chosen
    .sort((a, b) => a.passageRank - b.passageRank || a.position - b.position)
    .map(({ text, passageId }) => ({ text, passageId }));
}

/** Questions about an amount, a duration or a date, in the languages the stop words cover. */
const ASKS_FOR_QUANTITY =
  /\b(?:how (?:long|many|much|soon|often)|when|what time|combien|quand|cu[aá]nto|cu[aá]ndo|wie (?:lange|viel|viele)|wann)\b/i;
/** About one rare question word's weight: enough to lift a sentence with the number asked for. */
const QUANTITY_BONUS = 1;

/** Share of `terms` already present in `other` (1 means nothing new). */
function overlapShare(terms: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (terms.size === 0) return 1;
  let shared = 0;
  for (const term of terms) if (other.has(term)) shared++;
  return shared / terms.size;
}

function countShared(terms: ReadonlySet<string>, questionTerms: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of questionTerms) if (terms.has(term)) shared++;
  return shared;
}

/** Weight of each question word: words found in few candidate sentences discriminate best. */
function inverseDocumentFrequency(
  candidates: readonly CandidateSentence[],
  questionTerms: ReadonlySet<string>,
): Map<string, number> {
  const weight = new Map<string, number>();
  for (const term of questionTerms) {
    const frequency = candidates.filter((c) => c.terms.has(term)).length;
    if (frequency > 0) weight.set(term, Math.log(1 + candidates.length / frequency));
  }
  return weight;
}

/** Sentences of a passage: split after . ! ? and at line breaks; fragments under three words are dropped. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(/^[-*•]\s*/, '').replace(/\*\*|__|`/g, ''))
    .filter((sentence) => !/^#/.test(sentence))
    .filter((sentence) => sentence.split(/\s+/).length >= 3);
}
