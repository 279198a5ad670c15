/**
 * Multi-word expressions whose tone differs from their words, in every language the lexicon
 * covers. They are matched before single words, and the words they cover are not scored again:
 * "thanks for nothing" is not gratitude, "I can't thank you enough" is not a negation.
 */
export interface SentimentPhrase {
  readonly pattern: RegExp;
  readonly valence: number;
  /** `complaint` phrases are also a frustration cue that escalation trusts. */
  readonly kind: 'fixed' | 'complaint';
}

function phrases(kind: SentimentPhrase['kind'], valence: number, sources: readonly string[]): SentimentPhrase[] {
  return sources.map((source) => ({ pattern: new RegExp(source, 'giu'), valence, kind }));
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const SENTIMENT_PHRASES: readonly SentimentPhrase[] = [
  // Ironic gratitude: negative whatever the words say.
  ...phrases('complaint', -4, [
    `${B}(?:thanks|thank you|cheers) for (?:nothing|the useless \\w+|the help,? not)${E}`,
    `${B}merci pour rien${E}`,
    `${B}gracias por nada${E}`,
    `${B}danke für nichts${E}`,
    `${B}grazie per niente${E}`,
    `${B}obrigad[oa] por nada${E}`,
    `${B}bedankt voor (?:niks|niets)${E}`,
    `${B}dzięki za nic|dziękuję za nic${E}`,
  ]),
  // Gratitude too big for words: positive although it contains a negation.
  ...phrases('fixed', 4, [
    `${B}(?:can't|cannot|can not|couldn't) thank (?:you|you guys|your team) enough${E}`,
    `${B}(?:couldn't|could not|can't) (?:have asked|ask) for (?:better|more)${E}`,
    `${B}ne (?:vous |te )?remercierai jamais assez${E}`,
    `${B}no sé cómo agradecer`,
    `${B}(?:kann|können) (?:ihnen|euch|dir) (?:gar )?nicht genug danken${E}`,
    `${B}non so come ringraziar`,
    `${B}nem sei como agradecer`,
    `${B}(?:niet|nooit) genoeg (?:bedanken|danken)${E}`,
    `${B}nie wiem,? jak (?:wam |ci )?(?:dziękować|podziękować)${E}`,
  ]),
  // Litotes and relief: negated negatives that mean good.
  ...phrases('fixed', 2, [
    `${B}not (?:bad|a problem anymore)${E}`,
    `${B}no complaints${E}`,
    `${B}nothing to complain about${E}`,
    `${B}pas mal${E}`,
    `${B}nada que objetar${E}`,
    `${B}nicht schlecht${E}`,
    `${B}non male${E}`,
    `${B}nada mal${E}`,
    `${B}niet slecht${E}`,
    `${B}nieźle${E}`,
    `${B}(?:problem|issue|problème|problema|probleem) (?:solved|resolved|fixed|réglé|résolu|resuelto|gelöst|risolto|resolvido|opgelost|rozwiązany)${E}`,
    `${B}(?:all|everything) (?:good|sorted|works)${E}`,
    `${B}did the trick${E}`,
    `${B}made my day${E}`,
    `${B}well done${E}`,
    `${B}never had (?:such|a more) (?:a )?(?:helpful|good|great|nice|kind)${E}`,
  ]),
  // Politeness before a question is not praise.
  ...phrases('fixed', 0, [`${B}thanks? (?:you )?in advance${E}`, `${B}merci d'avance${E}`, `${B}gracias de antemano${E}`, `${B}danke im voraus${E}`]),
  // Complaints about the service itself: how the customer judges what happened.
  ...phrases('complaint', -3, [
    `${B}(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time${E}`,
    `${B}(?:nobody|no one|no-one|noone) (?:has |have |will |even )?(?:answered|answers|replied|replies|responded|responds|helped|helps|called|calls|cares|knows|is responsible|will tell)`,
    `${B}is anyone (?:even )?(?:reading|listening|there)`,
    `${B}still (?:no|nothing|not fixed|waiting)${E}`,
    `${B}(?:sick|tired) of${E}`,
    `${B}(?:it's|it has|it is) been (?:days|weeks|months|ages)${E}`,
    `${B}(?:had|have had) enough${E}`,
    `${B}(?:wast(?:e|ing) (?:of )?(?:my|our) time|waste of time)${E}`,
    `${B}losing my patience${E}`,
    `${B}fed up${E}`,
    `${B}never again${E}`,
    `${B}last straw${E}`,
    `${B}(?:i'll|i will|i'm|i am) (?:go(?:ing)? elsewhere|leaving|done with you)`,
    `${B}or i'm leaving${E}`,
    `${B}never recommend${E}`,
    `${B}lost all trust${E}`,
    `${B}(?:keep|kept) (?:closing|ignoring)${E}`,
    `${B}makes? (?:the app |it )?worse${E}`,
    `${B}(?:i )?expected better${E}`,
    `${B}come on${E}`,
    `${B}(?:seriously|really)\\?`,
    `${B}don't bother${E}`,
    `${B}can't believe${E}`,
    `${B}what (?:kind of|a joke)`,
    `${B}so hard to get${E}`,
    `${B}(?:troisième|deuxième|quatrième) fois${E}`,
    `${B}toujours (?:rien|pas de réponse)${E}`,
    `${B}personne ne (?:répond|m'a répondu)`,
    `${B}j'en ai marre|ras le bol${E}`,
    `${B}(?:changer|change) de banque${E}`,
    `${B}on se moque${E}`,
    `${B}(?:tercera|segunda|cuarta) vez${E}`,
    `${B}nadie (?:contesta|responde|me ha)`,
    `${B}y nada${E}`,
    `${B}me voy a otro${E}`,
    `${B}(?:dritten|zweiten|vierten) mal${E}`,
    `${B}niemand (?:antwortet|hat|reagiert)`,
    `${B}nichts passiert${E}`,
    `${B}nase voll${E}`,
    `${B}wechsle die${E}`,
    `${B}(?:terza|seconda|quarta) volta${E}`,
    `${B}nessuno risponde${E}`,
    `${B}e niente${E}`,
    `${B}cambio banca${E}`,
    `${B}(?:terceira|segunda|quarta) vez${E}`,
    `${B}ninguém responde${E}`,
    `${B}e nada${E}`,
    `${B}mudar de banco${E}`,
    `${B}(?:derde|tweede|vierde) keer${E}`,
    `${B}niemand reageert${E}`,
    `${B}niets gebeurt${E}`,
    `${B}stap over${E}`,
    `${B}(?:trzeci|drugi|czwarty) raz${E}`,
    `${B}nikt nie odpowiada${E}`,
    `${B}i nic${E}`,
    `${B}zmieniam bank${E}`,
  ]),
];

/** Explicit sarcasm: the praise in the message means its opposite. */
export const SARCASM_MARKERS: readonly RegExp[] = [
  /(?:^|[.,!?]\s*)not[.!]*\s*$/imu,
  /\b(?:yeah|oh) (?:right|great|wonderful|perfect|brilliant|thanks)\b/iu,
  /\bjust (?:great|perfect|wonderful|brilliant)\b/iu,
  /\blove (?:that|this) for me\b/iu,
  /\breal(?:ly)? helpful\b.*\b(?:circles|nothing|again|useless)\b/iu,
  /\bthanks a lot for (?!help|sort|fix|solv|resolv|your)\w+ing\b/iu,
  /\b(?:appreciate you|great job|nice to know|so glad i|amazing how|what a (?:fantastic|great|wonderful) way)\b/iu,
  /\bencore bravo\b/iu,
  /\bqué maravilla\b/iu,
  /\bna super\b/iu,
];

/**
 * Bad events a customer reports: praise in the same message, without a sign the problem was
 * solved, is sarcasm ("Perfect, now my card is blocked while I'm abroad").
 */
export const BAD_EVENTS = new RegExp(
  `${B}(?:(?<!thanks |thank you )again|another (?:week|day|month)|without my money|(?:charged|billed) (?:me )?twice|blocked|crashed|lost|still no|weeks|encore une semaine|sans mon argent|débité deux fois|otra semana|sin mi dinero|bloqueada|noch eine woche|ohne mein geld|gesperrt|un'altra settimana|senza i miei soldi|mais uma semana|sem o meu dinheiro|weer een week|zonder mijn geld|kolejny tydzień|bez moich pieniędzy)${E}`,
  'iu',
);

/** The problem went away: praise next to it is sincere. */
export const RESOLVED = new RegExp(
  `${B}(?:fixed|solved|resolved|sorted|works|working|arrived|réglé|résolu|fonctionne|resuelto|funciona|gelöst|funktioniert|risolto|resolvido|opgelost|werkt|rozwiązany|działa)${E}`,
  'iu',
);
