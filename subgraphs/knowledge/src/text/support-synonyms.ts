import { lightStem } from './light-stemmer.js';

/**
 * Groups of words customers use interchangeably in support conversations (payments, accounts,
 * orders, delivery). The local embedder adds a shared concept feature for every member, which is
 * what lets "my money hasn't shown up" meet an article that says "funds not received".
 * General support vocabulary only — nothing here names a particular data set's categories.
 */
const GROUPS: readonly string[] = [
  'money funds cash balance amount',
  'refund reimburse reimbursement repay chargeback',
  'fee fees charge charged cost costs commission surcharge price pricing extra',
  'arrive arrival arrived deliver delivery delivered receive received come coming ship shipping shipped mail post',
  'lost stolen missing misplaced lose',
  'cancel cancellation revoke reverse undo stop',
  'decline declined reject rejected refuse refused deny denied fail failed failing',
  'transfer transfers send sent wire payee beneficiary',
  'pending processing waiting wait still yet long slow taking',
  'exchange conversion convert currency currencies foreign rate',
  'pin passcode code',
  'password login log sign signin credentials',
  'verify verification verified identity identification kyc prove proof documents',
  'topup top load deposit add adding',
  'withdraw withdrawal withdrawals atm machine',
  'limit limits maximum max cap restriction',
  'delete close closing remove terminate deactivate',
  'change update edit modify',
  'country countries abroad overseas international travel travelling',
  'wrong incorrect mistake error erroneous',
  'twice duplicate double duplicated',
  'phone mobile app application smartphone',
  'hacked compromised fraud fraudulent unauthorized unauthorised unrecognised unrecognized unknown suspicious',
  'broken damaged cracked working',
  'order purchase bought buy',
  'invoice receipt statement bill billing',
  'subscription plan membership',
  'address location',
  'contactless tap nfc',
  'virtual digital online',
  'physical plastic',
  'salary wages income',
  'cheque check',
  'freeze frozen block blocked lock locked suspend suspended',
  'help support assistance contact agent',
];

export const CONCEPT_OF_TERM: ReadonlyMap<string, string> = buildConceptMap();

function buildConceptMap(): Map<string, string> {
  const map = new Map<string, string>();
  GROUPS.forEach((group, index) => {
    for (const word of group.split(' ')) {
      const stem = lightStem(word);
      if (!map.has(stem)) map.set(stem, `c${index}`);
    }
  });
  return map;
}
