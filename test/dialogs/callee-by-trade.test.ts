// After an answer about a call between two people, a follow-up that asks for the other one by name or by what they
// are. Found by session 57's blind conversations (a dev set since): a name calling someone described by a trade the
// short list of roles did not hold ("… calls the harbour master", then "and the harbour master?"), and an opening
// that asks for the callee by name while the caller is named only before "he calls" ("and Marco?" was asked whom it
// meant); and the callee asked as their side of that, the same kind of call, or by description alone ("the harbour
// master?" was not understood, "… side of that?" answered for the caller), found by session 56's and 57's. Near
// misses: the caller named, and the one asked for in the opening, are still the user. "and him?" when one of the two
// is a given name that says "she": the other one (asked whom it meant); a pronoun of her own gender is still asked.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns, answeredFor } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

const OPENINGS = {
  tradeEn: 'SfB Online with ER. Priya at the front desk calls the lighthouse keeper peer-to-peer, both in the port office on our LAN. Paths for Priya?',
  tradeHomedEn: 'Online deployment, ER in place. Tom rings the yard marshal on a 1:1 Skype call, both on our network. Path?',
  mannerEn: 'Hybrid with ER, everyone on the on-prem pool. Lena in the ticket hall calls the ferry pilot peer to peer; both are on our LAN. Path for Lena?',
  askedForEn: 'Online, with ExpressRoute. Diego is in the boathouse on our LAN; he rings Chloe, who is on a café hotspot. What path for Chloe?',
};

const ASKED: [string, Locale, string[], 'user' | 'peer'][] = [
  ['the callee by an uncommon trade', 'en', [OPENINGS.tradeEn, 'and the lighthouse keeper?'], 'peer'],
  ['the callee by the trade word alone', 'en', [OPENINGS.tradeEn, 'what about the keeper?'], 'peer'],
  ['near miss: the caller by name', 'en', [OPENINGS.tradeEn, 'and Priya?'], 'user'],
  ['the callee by a trade, with its place word', 'en', [OPENINGS.tradeHomedEn, 'and the yard marshal?'], 'peer'],
  ['the callee by a trade, said before how the call is made', 'en', [OPENINGS.mannerEn, 'what about the ferry pilot?'], 'peer'],
  ['the caller, when the callee was asked for', 'en', [OPENINGS.askedForEn, 'and Diego?'], 'peer'],
  ['the caller, when the callee was asked for, stressed', 'en', [OPENINGS.askedForEn, 'what about Diego himself?'], 'peer'],
  ['near miss: the one asked for', 'en', [OPENINGS.askedForEn, 'and Chloe?'], 'user'],
  ["the callee's side of the call on screen", 'en', [OPENINGS.tradeEn, "and the lighthouse keeper's side of that?"], 'peer'],
  ["the callee's end of it", 'en', [OPENINGS.tradeEn, "what about the keeper's end of it?"], 'peer'],
  ['the callee, the same call', 'en', [OPENINGS.tradeEn, 'and for the lighthouse keeper, same thing?'], 'peer'],
  ['the callee, the same kind of call', 'en', [OPENINGS.mannerEn, 'and the ferry pilot, same kind of call?'], 'peer'],
  ['the callee by description alone', 'en', [OPENINGS.tradeEn, 'the lighthouse keeper?'], 'peer'],
  ["the callee's side, no word before", 'en', [OPENINGS.mannerEn, "ferry pilot's side?"], 'peer'],
  ['the other one alone', 'en', [OPENINGS.mannerEn, 'the other guy?'], 'peer'],
  ['the caller by a pronoun of the other gender than the one asked for', 'en', [OPENINGS.askedForEn, 'and him?'], 'peer'],
  ['the caller by a possessive of the other gender', 'en', [OPENINGS.askedForEn, 'and his?'], 'peer'],
  ['the one asked for, by her pronoun', 'en', [OPENINGS.askedForEn, 'what about her?'], 'user'],
  ['the callee by a pronoun the named caller cannot be', 'en', [OPENINGS.tradeEn, 'his side?'], 'peer'],
  ["near miss: the caller's side of that", 'en', [OPENINGS.tradeEn, "and Priya's side of that?"], 'user'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});

// Priya may be "her", and so may the lighthouse keeper: whom it means is asked, not guessed.
it('asks whom a pronoun of the named one\'s own gender means', async () => {
  const { cards } = await afterTurns(recognizer, 'en', [OPENINGS.tradeEn, 'and her?']);
  expect(saidIn(cards)).toContain(t('en', 'dialog.whichParty'));
});
