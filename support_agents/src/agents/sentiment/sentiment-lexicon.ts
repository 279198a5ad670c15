/**
 * Word valences from -3 (very negative) to +3 (very positive), for the words that carry the tone of
 * support tickets in English, French, Spanish and German. Keys are lower-case word tokens.
 */
export const WORD_VALENCES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    // English, positive
    good: 2, great: 3, excellent: 3, amazing: 3, awesome: 3, fantastic: 3, perfect: 3, love: 3, loved: 3, happy: 2,
    glad: 2, pleased: 2, thanks: 1, thank: 1, appreciate: 2, appreciated: 2, helpful: 2, quick: 1, fast: 1, easy: 1,
    works: 1, worked: 1, fixed: 2, solved: 2, resolved: 2, nice: 2, satisfied: 2, wonderful: 3, brilliant: 3,
    // English, negative
    bad: -2, terrible: -3, awful: -3, horrible: -3, worst: -3, hate: -3, angry: -3, furious: -3, upset: -2, annoyed: -2,
    frustrated: -2, frustrating: -2, disappointed: -2, disappointing: -2, unacceptable: -3, ridiculous: -3, useless: -3,
    broken: -2, problem: -1, issue: -1, error: -1, fail: -2, failed: -2, failing: -2, fails: -2, wrong: -2, poor: -2,
    slow: -1, crash: -2, crashes: -2, crashing: -2, stuck: -2, lost: -1, scam: -3, fraud: -2, stolen: -2, rude: -2,
    incompetent: -3, pathetic: -3, disgusting: -3, nightmare: -3, joke: -2, waste: -2, worried: -1, confused: -1,
    unhappy: -2, sad: -2, cannot: -1, refuse: -2, refused: -2, charged: -1, overcharged: -2, missing: -1,
    // French
    bon: 2, bien: 1, excellent_: 3, parfait: 3, merci: 1, super: 2, génial: 3, content: 2, satisfait: 2, rapide: 1,
    mauvais: -2, nul: -3, horrible_: -3, inacceptable: -3, furieux: -3, déçu: -2, déçue: -2, énervé: -2, lent: -1,
    problème: -1, erreur: -1, honteux: -3, arnaque: -3, bloqué: -2, perdu: -1, inadmissible: -3,
    // Spanish
    bueno: 2, buena: 2, excelente: 3, perfecto: 3, gracias: 1, genial: 3, contento: 2, contenta: 2, rápido: 1,
    malo: -2, mala: -2, pésimo: -3, terrible_: -3, inaceptable: -3, furioso: -3, furiosa: -3, decepcionado: -2,
    decepcionada: -2, enfadado: -2, problema: -1, lento: -1, estafa: -3, bloqueado: -2, vergüenza: -3,
    // German
    gut: 2, toll: 3, super_: 2, perfekt: 3, danke: 1, zufrieden: 2, schnell: 1, hervorragend: 3,
    schlecht: -2, schrecklich: -3, furchtbar: -3, inakzeptabel: -3, wütend: -3, enttäuscht: -2, verärgert: -2,
    ärgerlich: -2, langsam: -1, fehler: -1, betrug: -3, unverschämt: -3, frechheit: -3, katastrophe: -3,
  })
    // Trailing underscores only keep object keys unique where two languages share a spelling.
    .map(([word, valence]) => [word.replace(/_$/, ''), valence]),
);

/** Words that flip the valence of the next few words ("not good", "pas content", "nicht gut"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  (
    "not no never don't doesn't didn't isn't wasn't aren't weren't can't won't couldn't wouldn't haven't hasn't nothing " +
    'nobody neither nor without pas jamais rien aucun aucune ni nunca nada ningún ninguna tampoco nicht kein keine ' +
    'keinen nie niemals nichts'
  ).split(' '),
);

/** Words that scale the next sentiment word: boosters above 1, dampeners below. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    very: 1.5, really: 1.5, extremely: 1.8, so: 1.3, totally: 1.6, absolutely: 1.8, completely: 1.6, incredibly: 1.8,
    utterly: 1.8, super: 1.5, most: 1.4, très: 1.5, vraiment: 1.5, totalement: 1.6, complètement: 1.6, muy: 1.5,
    realmente: 1.5, totalmente: 1.6, sehr: 1.5, wirklich: 1.5, total: 1.6, extrem: 1.8, völlig: 1.6,
    slightly: 0.5, somewhat: 0.6, little: 0.6, bit: 0.6, barely: 0.5, peu: 0.6, poco: 0.6, etwas: 0.6,
  }),
);
