/**
 * Hand-written profiles of the languages the detector knows. Stop words are the short function
 * words that dominate any text, support tickets included; the samples are ordinary support-ticket
 * sentences whose character trigrams catch what stop words miss (accents, endings like -ção, -ung,
 * -ij). Both are kept small: a few hundred characters per language separate these seven well.
 */
export interface LanguageProfileSource {
  /** BCP 47 primary language subtag. */
  readonly language: string;
  readonly stopWords: string;
  readonly sample: string;
}

export const LANGUAGE_PROFILE_SOURCES: readonly LanguageProfileSource[] = [
  {
    language: 'en',
    stopWords:
      'the and is are was were to of in on for with my your you it this that i have has not can do does did where what when ' +
      'how why please thanks thank would could will be been an a at from me we our they there still yet just any',
    sample:
      'Hello, I ordered a new phone last week and it has still not arrived. Could you please tell me where my order is? ' +
      'I was charged twice for the same payment and I would like a refund. The app keeps crashing when I try to log in. ' +
      'Thank you for your help, I have been waiting for an answer since Monday.',
  },
  {
    language: 'fr',
    stopWords:
      'le la les un une des du de et est sont pas je vous nous il elle mon ma mes votre vos ce cette ces qui que quoi où ' +
      'dans sur pour avec mais ne au aux ai avez bonjour merci comment pourquoi quand très toujours encore été',
    sample:
      "Bonjour, j'ai commandé un nouveau téléphone la semaine dernière et il n'est toujours pas arrivé. Pourriez-vous me dire " +
      "où en est ma commande ? J'ai été débité deux fois pour le même paiement et je voudrais être remboursé. L'application " +
      "se ferme quand j'essaie de me connecter. Merci pour votre aide, j'attends une réponse depuis lundi.",
  },
  {
    language: 'es',
    stopWords:
      'el la los las un una unos unas de del y es son no yo usted mi mis su sus que qué en por para con pero donde dónde ' +
      'cuando cómo favor gracias hola está están he ha muy también todavía desde',
    sample:
      'Hola, pedí un teléfono nuevo la semana pasada y todavía no ha llegado. ¿Podrían decirme dónde está mi pedido? ' +
      'Me cobraron dos veces el mismo pago y quisiera un reembolso. La aplicación se cierra cuando intento iniciar sesión. ' +
      'Gracias por su ayuda, estoy esperando una respuesta desde el lunes.',
  },
  {
    language: 'de',
    stopWords:
      'der die das den dem des ein eine einen und ist sind nicht ich sie wir mein meine ihr ihre es zu mit für auf wo was ' +
      'wann wie warum bitte danke hallo habe hat kein keine noch schon auch aber seit',
    sample:
      'Hallo, ich habe letzte Woche ein neues Telefon bestellt und es ist immer noch nicht angekommen. Können Sie mir bitte ' +
      'sagen, wo meine Bestellung ist? Mir wurde dieselbe Zahlung zweimal abgebucht und ich möchte eine Rückerstattung. ' +
      'Die App stürzt ab, wenn ich mich anmelden will. Danke für Ihre Hilfe, ich warte seit Montag auf eine Antwort.',
  },
  {
    language: 'it',
    stopWords:
      'il lo la gli le un una uno di del della dei e è sono non io lei mio mia miei mie che in per con ma dove quando come ' +
      'perché grazie ciao ho ha hanno anche ancora molto sempre',
    sample:
      'Buongiorno, ho ordinato un nuovo telefono la settimana scorsa e non è ancora arrivato. Potete dirmi dove si trova il ' +
      'mio ordine? Mi è stato addebitato due volte lo stesso pagamento e vorrei un rimborso. L’applicazione si chiude quando ' +
      'provo ad accedere. Grazie per il vostro aiuto, aspetto una risposta da lunedì.',
  },
  {
    language: 'pt',
    stopWords:
      'o a os as um uma de do da dos das e é são não eu você meu minha que em no na por para com mas onde quando como ' +
      'obrigado obrigada olá tenho tem também muito ainda desde foi',
    sample:
      'Olá, encomendei um telefone novo na semana passada e ainda não chegou. Podem dizer-me onde está a minha encomenda? ' +
      'Fui cobrado duas vezes pelo mesmo pagamento e gostaria de um reembolso. A aplicação fecha quando tento iniciar sessão. ' +
      'Obrigado pela ajuda, estou à espera de uma resposta desde segunda-feira. Não consigo fazer a confirmação do cartão.',
  },
  {
    language: 'nl',
    stopWords:
      'de het een en is zijn niet ik u jij wij mijn uw dat die in op voor met maar waar wanneer hoe waarom alstublieft ' +
      'bedankt hallo heb heeft ook nog al geen er nu',
    sample:
      'Hallo, ik heb vorige week een nieuwe telefoon besteld en die is nog steeds niet aangekomen. Kunt u mij vertellen waar ' +
      'mijn bestelling is? Dezelfde betaling is twee keer afgeschreven en ik wil graag mijn geld terug. De app sluit af ' +
      'wanneer ik probeer in te loggen. Bedankt voor uw hulp, ik wacht sinds maandag op een antwoord.',
  },
];
