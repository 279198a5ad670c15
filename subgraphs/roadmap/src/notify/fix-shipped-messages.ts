/** Why the customer is told: the issue was finished, or the version carrying the fix was released. */
export type ShippedReason = 'done' | 'released';

/** The customer message, per language; English when their language is not listed. */
const CUSTOMER_MESSAGES: Readonly<Record<string, (version: string | null) => string>> = {
  en: (version) => `Good news: the fix for the problem you reported has shipped${version ? ` in ${version}` : ''}. Please let us know if you still see it.`,
  de: (version) => `Gute Nachricht: Die Korrektur für das gemeldete Problem ist ausgeliefert${version ? ` (Version ${version})` : ''}. Bitte melden Sie sich, falls es weiterhin auftritt.`,
  fr: (version) => `Bonne nouvelle : le correctif du problème signalé a été livré${version ? ` dans la version ${version}` : ''}. N'hésitez pas à nous écrire s'il persiste.`,
  es: (version) => `Buenas noticias: la corrección del problema que nos comunicó ya está publicada${version ? ` en la versión ${version}` : ''}. Avísenos si lo sigue viendo.`,
};

export function customerFixMessage(language: string, version: string | null): string {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  return (CUSTOMER_MESSAGES[base] ?? CUSTOMER_MESSAGES['en']!)(version);
}

/** The internal note for the support team (always English, like the console). */
export function internalFixNote(issueKey: string, reason: ShippedReason, version: string | null): string {
  return reason === 'released'
    ? `Linked issue ${issueKey}: fix version ${version ?? ''} was released.`
    : `Linked issue ${issueKey} is done${version ? ` (fix version ${version})` : ''}.`;
}
