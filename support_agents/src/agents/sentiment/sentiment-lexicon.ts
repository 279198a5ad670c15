/**
 * Words that carry the tone of support messages in English, French, Spanish, German, Italian,
 * Portuguese, Dutch and Polish, by what they do. Keys are lower-case word tokens.
 *
 * Facts about a problem ("charged", "error", "declined") are deliberately absent: a neutral
 * problem report is not an upset customer. Tone comes from how the customer judges and feels.
 */
export type WordKind = 'praise' | 'positive' | 'gratitude' | 'resolution' | 'negative';

export interface WordSentiment {
  readonly valence: number;
  readonly kind: WordKind;
}

function words(kind: WordKind, valence: number, list: string): [string, WordSentiment][] {
  return list
    .trim()
    .split(/\s+/)
    .map((word) => [word, { valence, kind }]);
}

/** Strong praise: the words sarcasm borrows ("Great, another week without my money"). */
const PRAISE = `
  great excellent amazing awesome fantastic perfect brilliant wonderful lovely superb outstanding incredible impressive impressed
  génial géniale parfait parfaite excellente formidable super bravo merveilleux
  genial geniales perfecto perfecta excelente estupendo maravilla maravilloso fantástico increíble
  toll perfekt hervorragend großartig großartiges klasse prima spitze super
  fantastico fantastici perfetto perfetta ottimo ottima eccellente complimenti bravi
  ótimo ótima perfeito perfeita excelente maravilha fantástico incrível maiores
  geweldig geweldige perfect uitstekend uitstekende fantastisch
  świetnie świetna świetny idealnie doskonale wspaniale brawo`;

const POSITIVE = `
  good better nice happy glad pleased satisfied helpful love loved useful quick fast easy smooth smoothly professional lifesaver kudos
  bon bonne bien content contente satisfait satisfaite ravi ravie rapide efficace
  bueno buena buen contento contenta satisfecho satisfecha rápido rápida feliz
  gut gute zufrieden froh glücklich schnell hilfreich
  buono buona contento contenta soddisfatto soddisfatta felice veloce velocissimo utile
  bom boa contente satisfeito satisfeita feliz rápido
  goed goede tevreden blij snel fijn
  dobry dobra dobrze zadowolony zadowolona szybko szybka`;

const GRATITUDE = `
  thanks thank thx cheers appreciate appreciated grateful
  merci remercie gracias agradezco danke dank grazie obrigado obrigada bedankt dziękuję dzięki dziekuje`;

/** The problem went away: positive on its own, but "does not work" is a fact, not an insult (see negation). */
const RESOLUTION = `
  fixed solved resolved sorted works working worked
  réglé résolu fonctionne marche
  resuelto solucionado solucionó funciona
  gelöst behoben funktioniert
  risolto funziona
  resolvido funciona
  opgelost werkt
  rozwiązany rozwiązało działa`;

const NEGATIVE = `
  bad terrible awful horrible worst hate angry furious upset annoyed frustrated frustrating disappointed disappointing
  unacceptable ridiculous useless pathetic disgusting disgusted disgrace disgraceful shameful appalling nightmare garbage rubbish
  joke scam incompetent rude ignored unbelievable poor
  mauvais mauvaise nul nulle inacceptable inadmissible furieux furieuse déçu déçue énervé honteux honte arnaque scandaleux lamentable
  malo mala pésimo pésima terrible inaceptable furioso furiosa decepcionado decepcionada enfadado harto harta vergüenza estafa
  schlecht schlechter schrecklich furchtbar inakzeptabel wütend enttäuscht verärgert ärgerlich frechheit katastrophe unverschämt betrug
  pessimo pessima terribile inaccettabile deluso delusa arrabbiato arrabbiata vergogna stufo stufa schifo truffa
  péssimo péssima terrível inaceitável desiludido desiludida zangado zangada vergonha farto farta
  slecht slechte verschrikkelijk onacceptabel teleurgesteld boos schandalig waardeloos
  fatalna fatalny fatalnie rozczarowany rozczarowana skandal beznadziejny beznadziejna okropny okropna niedopuszczalne`;

export const WORD_SENTIMENTS: ReadonlyMap<string, WordSentiment> = new Map([
  ...words('resolution', 2, RESOLUTION),
  ...words('gratitude', 1, GRATITUDE),
  ...words('positive', 2, POSITIVE),
  ...words('praise', 3, PRAISE),
  ...words('negative', -3, NEGATIVE),
]);

/** Words that flip the next few words of the same sentence ("not good", "pas content", "nicht gut"). */
export const NEGATORS: ReadonlySet<string> = new Set(
  (
    "not no never don't doesn't didn't isn't wasn't aren't weren't can't won't couldn't wouldn't haven't hasn't nothing " +
    'neither nor without pas jamais rien aucun aucune ni nunca nada ningún ninguna tampoco nicht kein keine keinen nie ' +
    'niemals nichts non mai niente nessun nessuna não nem nenhum niet geen nooit nie żaden'
  ).split(' '),
);

/** Words that scale the next sentiment word: boosters above 1, dampeners below. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    very: 1.5, really: 1.5, extremely: 1.8, so: 1.3, totally: 1.6, absolutely: 1.8, completely: 1.6, incredibly: 1.8,
    utterly: 1.8, most: 1.4, beyond: 1.6, très: 1.5, vraiment: 1.5, totalement: 1.6, complètement: 1.6, muy: 1.5,
    realmente: 1.5, totalmente: 1.6, sehr: 1.5, wirklich: 1.5, total: 1.6, extrem: 1.8, völlig: 1.6, molto: 1.5,
    davvero: 1.5, muito: 1.5, erg: 1.5, heel: 1.5, zeer: 1.5, bardzo: 1.5, naprawdę: 1.5,
    slightly: 0.5, somewhat: 0.6, little: 0.6, bit: 0.6, barely: 0.5, peu: 0.6, poco: 0.6, etwas: 0.6,
  }),
);
