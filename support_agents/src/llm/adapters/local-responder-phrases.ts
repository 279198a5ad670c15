/** The local responder's own sentences, in the languages it can write them in. */
export interface ResponderPhrases {
  /** The whole reply when nothing relevant was retrieved: no guessing, a person will follow up. */
  readonly refusal: string;
}

const ENGLISH: ResponderPhrases = {
  refusal:
    'This is an automatic reply. I could not find anything in our knowledge base that answers your question, so I will not guess at our policies. A member of our support team will follow up with you.',
};

const PHRASES: Readonly<Record<string, ResponderPhrases>> = {
  en: ENGLISH,
  fr: {
    refusal:
      "Ceci est une réponse automatique. Je n'ai rien trouvé dans notre base de connaissances qui réponde à votre question, je ne vais donc pas deviner nos règles. Un membre de notre équipe d'assistance reviendra vers vous.",
  },
  es: {
    refusal:
      'Esta es una respuesta automática. No encontré nada en nuestra base de conocimientos que responda a su pregunta, así que no voy a suponer nuestras políticas. Un miembro de nuestro equipo de soporte le contactará.',
  },
  de: {
    refusal:
      'Dies ist eine automatische Antwort. Ich habe in unserer Wissensdatenbank nichts gefunden, das Ihre Frage beantwortet, und werde unsere Richtlinien nicht erraten. Ein Mitglied unseres Support-Teams meldet sich bei Ihnen.',
  },
};

/** Phrases for a BCP 47 tag (`fr-CA` → `fr`); English when the language is unknown or absent. */
export function responderPhrases(language: string | undefined): ResponderPhrases {
  const primary = language?.toLowerCase().split('-')[0] ?? 'en';
  return PHRASES[primary] ?? ENGLISH;
}
