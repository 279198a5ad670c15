/**
 * The reply when retrieval found nothing to ground an answer in: it promises only what is always
 * true (a person will follow up), so no policy can be invented. Written here rather than asked of
 * a provider, because there is nothing for a provider to ground in and the call would be wasted.
 */
const HOLDING_REPLIES: Readonly<Record<string, string>> = {
  en: 'Thank you for your message. We could not find an answer to your question in our help articles, so a member of our support team will look into it and follow up with you.',
  fr: "Merci pour votre message. Nous n'avons pas trouvé de réponse à votre question dans nos articles d'aide : un membre de notre équipe d'assistance va l'examiner et reviendra vers vous.",
  es: 'Gracias por su mensaje. No hemos encontrado una respuesta a su pregunta en nuestros artículos de ayuda, así que un miembro de nuestro equipo de soporte la revisará y le contactará.',
  de: 'Vielen Dank für Ihre Nachricht. Wir haben in unseren Hilfeartikeln keine Antwort auf Ihre Frage gefunden. Ein Mitglied unseres Support-Teams wird sich darum kümmern und sich bei Ihnen melden.',
  it: 'Grazie per il suo messaggio. Non abbiamo trovato una risposta alla sua domanda nei nostri articoli di aiuto: un membro del nostro team di assistenza la esaminerà e la ricontatterà.',
  pt: 'Obrigado pela sua mensagem. Não encontrámos resposta à sua pergunta nos nossos artigos de ajuda, por isso um membro da nossa equipa de apoio vai analisá-la e entrar em contacto consigo.',
  pl: 'Dziękujemy za wiadomość. Nie znaleźliśmy odpowiedzi na to pytanie w naszych artykułach pomocy, dlatego zajmie się nim osoba z naszego zespołu i skontaktuje się z Panem/Panią.',
  nl: 'Bedankt voor uw bericht. We hebben in onze hulpartikelen geen antwoord op uw vraag gevonden. Een medewerker van ons supportteam zoekt het uit en neemt contact met u op.',
};

/** The holding reply in `language` (BCP 47, primary subtag used) and the language it is actually in. */
export function holdingReply(language: string | undefined): { text: string; language: string } {
  const wanted = language?.toLowerCase().split('-')[0] ?? 'en';
  const text = HOLDING_REPLIES[wanted];
  return text ? { text, language: wanted } : { text: HOLDING_REPLIES.en!, language: 'en' };
}

/** The reply when a person, not the AI, must answer (security, money at risk): it promises only that. */
const PERSON_WILL_ANSWER: Readonly<Record<string, string>> = {
  en: 'Thank you for your message. A member of our support team will look into it personally and reply to you shortly.',
  fr: "Merci pour votre message. Un membre de notre équipe d'assistance va l'examiner personnellement et vous répondra rapidement.",
  es: 'Gracias por su mensaje. Un miembro de nuestro equipo de soporte lo revisará personalmente y le responderá en breve.',
  de: 'Vielen Dank für Ihre Nachricht. Ein Mitglied unseres Support-Teams kümmert sich persönlich darum und antwortet Ihnen in Kürze.',
  it: 'Grazie per il suo messaggio. Un membro del nostro team di assistenza lo esaminerà personalmente e le risponderà a breve.',
  pt: 'Obrigado pela sua mensagem. Um membro da nossa equipa de apoio vai analisá-la pessoalmente e responder-lhe em breve.',
  nl: 'Bedankt voor uw bericht. Een medewerker van ons supportteam bekijkt het persoonlijk en antwoordt u zo snel mogelijk.',
  pl: 'Dziękujemy za wiadomość. Osoba z naszego zespołu zajmie się nią osobiście i wkrótce odpowie.',
};

/** The "a person will answer" reply in `language`, else English. */
export function personWillAnswerReply(language: string | undefined): { text: string; language: string } {
  const wanted = language?.toLowerCase().split('-')[0] ?? 'en';
  const text = PERSON_WILL_ANSWER[wanted];
  return text ? { text, language: wanted } : { text: PERSON_WILL_ANSWER.en!, language: 'en' };
}
