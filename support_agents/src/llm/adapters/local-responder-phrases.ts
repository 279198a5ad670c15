/** The local responder's own sentences, in the languages it can write them in. */
export interface ResponderPhrases {
  /** Opens every composed answer: says plainly that it was put together automatically. */
  readonly composedIntro: string;
  /** The whole reply when nothing relevant was retrieved: no guessing, a person will follow up. */
  readonly refusal: string;
  /** Label of the closing list of cited passages. */
  readonly sources: string;
}

const ENGLISH: ResponderPhrases = {
  composedIntro:
    'This is an automatic answer, composed from our knowledge base. If it does not solve your problem, a member of our support team will follow up.',
  refusal:
    'This is an automatic reply. I could not find anything in our knowledge base that answers your question, so I will not guess at our policies. A member of our support team will follow up with you.',
  sources: 'Sources',
};

const PHRASES: Readonly<Record<string, ResponderPhrases>> = {
  en: ENGLISH,
  fr: {
    composedIntro:
      "Ceci est une réponse automatique, composée à partir de notre base de connaissances. Si elle ne résout pas votre problème, un membre de notre équipe d'assistance reviendra vers vous.",
    refusal:
      "Ceci est une réponse automatique. Je n'ai rien trouvé dans notre base de connaissances qui réponde à votre question, je ne vais donc pas deviner nos règles. Un membre de notre équipe d'assistance reviendra vers vous.",
    sources: 'Sources',
  },
  es: {
    composedIntro:
      'Esta es una respuesta automática, redactada a partir de nuestra base de conocimientos. Si no resuelve su problema, un miembro de nuestro equipo de soporte le contactará.',
    refusal:
      'Esta es una respuesta automática. No encontré nada en nuestra base de conocimientos que responda a su pregunta, así que no voy a suponer nuestras políticas. Un miembro de nuestro equipo de soporte le contactará.',
    sources: 'Fuentes',
  },
  de: {
    composedIntro:
      'Dies ist eine automatische Antwort, zusammengestellt aus unserer Wissensdatenbank. Falls sie Ihr Problem nicht löst, meldet sich ein Mitglied unseres Support-Teams bei Ihnen.',
    refusal:
      'Dies ist eine automatische Antwort. Ich habe in unserer Wissensdatenbank nichts gefunden, das Ihre Frage beantwortet, und werde unsere Richtlinien nicht erraten. Ein Mitglied unseres Support-Teams meldet sich bei Ihnen.',
    sources: 'Quellen',
  },
};

/** Phrases for a BCP 47 tag (`fr-CA` → `fr`); English when the language is unknown or absent. */
export function responderPhrases(language: string | undefined): ResponderPhrases {
  const primary = language?.toLowerCase().split('-')[0] ?? 'en';
  return PHRASES[primary] ?? ENGLISH;
}
