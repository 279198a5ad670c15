/**
 * What a person would put around an answer: a greeting, an acknowledgement of what the customer
 * said, a note when the help article is in another language, and a closing, in the customer's
 * language. Written here, not asked of a provider, so every draft has them whoever composed it.
 */
export interface FramingPhrases {
  readonly greeting: string;
  readonly anonymousGreeting: string;
  readonly thanks: string;
  readonly alreadyTried: string;
  readonly repeated: string;
  readonly otherLanguage: string;
  readonly closing: string;
  readonly signOff: string;
}

/** The framing phrases per language: the `languages` part of a reply template (see reply-template.ts). */
export type FramingTable = Readonly<Record<string, FramingPhrases>>;

export const DEFAULT_FRAMING: FramingTable = {
  en: {
    greeting: 'Hello {name},',
    anonymousGreeting: 'Hello,',
    thanks: 'Thank you for getting in touch.',
    alreadyTried: 'Thank you for telling us what you have already tried.',
    repeated: 'I am sorry you have had to write to us more than once.',
    otherLanguage: 'We do not have this help article in English yet, so this answer is based on our article in another language.',
    closing: 'This answer was put together automatically from our help centre. If it does not solve your problem, just reply and a member of our team will take over.',
    signOff: 'Kind regards,\nThe support team',
  },
  es: {
    greeting: 'Hola, {name}:',
    anonymousGreeting: 'Hola:',
    thanks: 'Gracias por ponerse en contacto con nosotros.',
    alreadyTried: 'Gracias por contarnos lo que ya ha probado.',
    repeated: 'Lamentamos que haya tenido que escribirnos más de una vez.',
    otherLanguage: 'Todavía no tenemos este artículo de ayuda en español, así que esta respuesta se basa en nuestro artículo en otro idioma.',
    closing: 'Esta respuesta se ha preparado automáticamente a partir de nuestro centro de ayuda. Si no resuelve su problema, responda a este mensaje y una persona de nuestro equipo se encargará.',
    signOff: 'Un saludo,\nEl equipo de soporte',
  },
  fr: {
    greeting: 'Bonjour {name},',
    anonymousGreeting: 'Bonjour,',
    thanks: 'Merci de nous avoir contactés.',
    alreadyTried: 'Merci de nous avoir indiqué ce que vous avez déjà essayé.',
    repeated: 'Nous sommes désolés que vous ayez dû nous écrire plusieurs fois.',
    otherLanguage: "Nous n'avons pas encore cet article d'aide en français : cette réponse s'appuie sur notre article dans une autre langue.",
    closing: "Cette réponse a été préparée automatiquement à partir de notre centre d'aide. Si elle ne résout pas votre problème, répondez simplement à ce message et un membre de notre équipe prendra le relais.",
    signOff: "Cordialement,\nL'équipe d'assistance",
  },
  de: {
    greeting: 'Hallo {name},',
    anonymousGreeting: 'Guten Tag,',
    thanks: 'vielen Dank für Ihre Nachricht.',
    alreadyTried: 'vielen Dank, dass Sie uns geschrieben haben, was Sie bereits versucht haben.',
    repeated: 'es tut uns leid, dass Sie uns mehrfach schreiben mussten.',
    otherLanguage: 'Diesen Hilfeartikel gibt es noch nicht auf Deutsch, daher stützt sich diese Antwort auf unseren Artikel in einer anderen Sprache.',
    closing: 'Diese Antwort wurde automatisch aus unserem Hilfe-Center zusammengestellt. Falls sie Ihr Problem nicht löst, antworten Sie einfach, und ein Mitglied unseres Teams übernimmt.',
    signOff: 'Freundliche Grüße\nIhr Support-Team',
  },
  it: {
    greeting: 'Buongiorno {name},',
    anonymousGreeting: 'Buongiorno,',
    thanks: 'grazie per averci contattato.',
    alreadyTried: 'grazie per averci detto che cosa ha già provato.',
    repeated: 'ci dispiace che abbia dovuto scriverci più di una volta.',
    otherLanguage: "Non abbiamo ancora questo articolo di aiuto in italiano: questa risposta si basa sul nostro articolo in un'altra lingua.",
    closing: 'Questa risposta è stata preparata automaticamente dal nostro centro assistenza. Se non risolve il problema, risponda a questo messaggio e una persona del nostro team se ne occuperà.',
    signOff: 'Cordiali saluti,\nIl team di assistenza',
  },
  pt: {
    greeting: 'Olá {name},',
    anonymousGreeting: 'Olá,',
    thanks: 'obrigado por nos contactar.',
    alreadyTried: 'obrigado por nos dizer o que já experimentou.',
    repeated: 'lamentamos que tenha tido de nos escrever mais do que uma vez.',
    otherLanguage: 'Ainda não temos este artigo de ajuda em português, por isso esta resposta baseia-se no nosso artigo noutra língua.',
    closing: 'Esta resposta foi preparada automaticamente a partir do nosso centro de ajuda. Se não resolver o seu problema, basta responder e um membro da nossa equipa dará seguimento.',
    signOff: 'Com os melhores cumprimentos,\nA equipa de apoio',
  },
  nl: {
    greeting: 'Hallo {name},',
    anonymousGreeting: 'Hallo,',
    thanks: 'bedankt voor uw bericht.',
    alreadyTried: 'bedankt dat u ons laat weten wat u al hebt geprobeerd.',
    repeated: 'het spijt ons dat u ons meer dan eens hebt moeten schrijven.',
    otherLanguage: 'We hebben dit hulpartikel nog niet in het Nederlands, dus dit antwoord is gebaseerd op ons artikel in een andere taal.',
    closing: 'Dit antwoord is automatisch samengesteld uit ons helpcentrum. Lost het uw probleem niet op, antwoord dan gewoon en een medewerker van ons team neemt het over.',
    signOff: 'Met vriendelijke groet,\nHet supportteam',
  },
  pl: {
    greeting: 'Dzień dobry {name},',
    anonymousGreeting: 'Dzień dobry,',
    thanks: 'dziękujemy za kontakt.',
    alreadyTried: 'dziękujemy za informację, co już Pan/Pani wypróbował(a).',
    repeated: 'przepraszamy, że musiał(a) Pan/Pani pisać do nas więcej niż raz.',
    otherLanguage: 'Nie mamy jeszcze tego artykułu pomocy po polsku, dlatego ta odpowiedź opiera się na naszym artykule w innym języku.',
    closing: 'Ta odpowiedź została przygotowana automatycznie na podstawie naszego centrum pomocy. Jeśli nie rozwiązuje problemu, wystarczy odpisać, a osoba z naszego zespołu zajmie się sprawą.',
    signOff: 'Z poważaniem,\nZespół obsługi klienta',
  },
};

/** Languages the framing is written in; others get English. */
export const FRAMED_LANGUAGES: readonly string[] = Object.keys(DEFAULT_FRAMING);

const ALREADY_TRIED =
  /\b(?:already (?:tried|tapped|clicked|checked|did|reset|restarted|reinstalled|requested)|i (?:have |'ve )?(?:tried|checked))\b|déjà|\bya (?:he|probé|revisé|intenté)|\b(?:schon|bereits) (?:versucht|probiert|geprüft)|(?<!\p{L})già(?!\p{L})|\bjá (?:tentei|verifiquei|experimentei)|\bal (?:geprobeerd|gecontroleerd)|\bjuż (?:próbowałem|próbowałam|sprawdziłem|sprawdziłam)/iu;
const REPEATED =
  /\b(?:(?:second|third|fourth) time|again|still (?:no|not|waiting)|already (?:wrote|written|asked|contacted))\b|(?:deuxième|troisième) fois|toujours pas|(?:segunda|tercera) vez|todavía no|(?:zweiten|dritten) mal|immer noch|(?:seconda|terza) volta|(?:segunda|terceira) vez|(?:tweede|derde) keer|nog steeds|(?:drugi|trzeci) raz|nadal nie|wciąż nie/iu;

export interface DraftFrame {
  /** Greeting and acknowledgement, sent before the answer. */
  readonly opening: string;
  /** Sent after the opening when the answer comes from an article in another language. */
  readonly otherLanguageNote: string;
  /** Closing for a composed answer. */
  readonly closing: string;
  /** Sign-off alone, for a holding reply that already says a person follows up. */
  readonly signOff: string;
  /** The language the frame is written in. */
  readonly language: string;
}

/**
 * The frame for a reply in `language` to a customer who wrote `customerText`, from `framing` (a
 * reply template's languages; English is the fallback, so a table must have `en`).
 */
export function draftFrame(
  language: string | undefined,
  customerName: string | undefined,
  customerText: string,
  framing: FramingTable = DEFAULT_FRAMING,
): DraftFrame {
  const wanted = language?.toLowerCase().split('-')[0] ?? 'en';
  const framed = framing[wanted] ? wanted : 'en';
  const phrases = framing[framed] ?? DEFAULT_FRAMING.en!;
  const greeting = customerName ? phrases.greeting.replace('{name}', customerName) : phrases.anonymousGreeting;
  const acknowledgements = [
    ...(REPEATED.test(customerText) ? [phrases.repeated] : []),
    ...(ALREADY_TRIED.test(customerText) ? [phrases.alreadyTried] : []),
  ];
  const sentences = (acknowledgements.length > 0 ? acknowledgements : [phrases.thanks]).map(capitalise);
  // A German letter goes on in lower case after the greeting's comma ("Hallo Ann, vielen Dank …").
  if (framed === 'de') sentences[0] = sentences[0]!.charAt(0).toLowerCase() + sentences[0]!.slice(1);
  const opening = `${greeting}\n\n${sentences.join(' ')}`;
  return { opening, otherLanguageNote: phrases.otherLanguage, closing: `${phrases.closing}\n\n${phrases.signOff}`, signOff: phrases.signOff, language: framed };
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
