/**
 * Words of support requests in the languages the agents answer (en es fr de it pt nl pl), grouped
 * into language-independent concepts, so an Italian question about a "bonifico" meets an English
 * article about a "transfer" when no article in Italian exists. Each concept matches word starts
 * (inflections: "hasła", "hasło"; "top-up" is the tokens "top" and "up", so it is not listed); a word may belong to several. Small on purpose: the nouns and
 * verbs that name what a customer needs, not a dictionary.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  password: ['password', 'passwort', 'contraseñ', 'senha', 'wachtwoord', 'hasł', 'hasel'],
  reset: ['reset', 'zurücksetz', 'restablec', 'reimpost', 'redefin', 'zresetow', 'resetow', 'réinitialis', 'herstel'],
  forgot: ['forgot', 'forget', 'oubli', 'olvid', 'vergess', 'dimentic', 'esquec', 'vergeten', 'zapomn'],
  card: ['card', 'carte', 'tarjet', 'karte', 'carta', 'cartão', 'cartao', 'karta', 'kartę', 'karty', 'bankpas', 'pinpas'],
  lost: ['lost', 'lose', 'perdu', 'perdí', 'perdi', 'perso', 'persa', 'verlor', 'verlier', 'zgubi', 'kwijt'],
  stolen: ['stolen', 'steal', 'volé', 'robad', 'robar', 'robó', 'gestohlen', 'rubat', 'roubad', 'roubar', 'gestolen', 'ukrad'],
  freeze: ['freez', 'block', 'bloqu', 'sperr', 'blocc', 'blokk', 'zablok', 'geler'],
  refund: ['refund', 'rembours', 'reembols', 'rückerstatt', 'erstatt', 'rimbors', 'terugbetal', 'zwrot'],
  return: ['return', 'retour', 'devol', 'rücksend', 'restitu', 'reso', 'zwróc', 'zwrac'],
  transfer: ['transfer', 'virement', 'bonific', 'überweis', 'overboek', 'overschrijv', 'przelew'],
  arrive: ['arriv', 'lleg', 'ankomm', 'angekommen', 'chega', 'chegou', 'aangekom', 'aankom', 'dotar', 'dotrz', 'doszł'],
  subscription: ['subscri', 'abonnement', 'suscrip', 'abbonament', 'assinatur', 'abonament', 'abo'],
  cancel: ['cancel', 'annul', 'kündig', 'disdi', 'opzeg', 'anulow', 'résili', 'zeg'],
  address: ['address', 'adresse', 'direcci', 'indirizz', 'morada', 'endereç', 'adres'],
  fee: ['fee', 'frais', 'comisi', 'gebühr', 'commissio', 'taxa', 'kosten', 'opłat', 'tarif'],
  abroad: ['abroad', 'étranger', 'extranjer', 'ausland', 'ester', 'estrangeir', 'buitenland', 'granic'],
  withdraw: ['withdraw', 'cash', 'atm', 'retrait', 'retir', 'abheb', 'bargeld', 'prelev', 'levant', 'opnem', 'wypłat', 'bankomat', 'geldautomat', 'distribut', 'cajero', 'multibanco'],
  delivery: ['deliver', 'parcel', 'package', 'colis', 'livr', 'paquet', 'entreg', 'paket', 'zustell', 'geliefert', 'pacco', 'consegn', 'encomend', 'pakket', 'bezorg', 'paczk', 'dostarcz'],
  'top-up': ['topup', 'recharg', 'recarg', 'aufladen', 'aufladung', 'ricaric', 'carregament', 'opwaard', 'doładow'],
  email: ['email', 'mail', 'correo', 'courriel'],
  international: ['international', 'internacional', 'internazional', 'zagraniczn'],
  replacement: ['replac', 'remplac', 'reemplaz', 'ersatz', 'sostitu', 'substitu', 'vervang', 'wymian'],
};

const MATCHERS: readonly [string, RegExp][] = Object.entries(CONCEPTS).map(([concept, starts]) => [
  `@${concept}`,
  new RegExp(`^(?:${starts.join('|')})`, 'u'),
]);

/** Concepts (`@card`, `@transfer`…) a lower-case word token belongs to; words under three letters belong to none. */
export function conceptsOf(token: string): string[] {
  if (token.length < 3) return [];
  return MATCHERS.filter(([, pattern]) => pattern.test(token)).map(([concept]) => concept);
}

/**
 * The English names of the concepts `text` mentions ("bonifico internazionale" → "transfer
 * international"): added to a retrieval query so articles in English are found for questions in
 * any of the languages above.
 */
export function conceptKeywords(text: string, tokens: (text: string) => string[]): string {
  const names = new Set<string>();
  for (const token of tokens(text)) for (const concept of conceptsOf(token)) names.add(concept.slice(1));
  return [...names].join(' ');
}
