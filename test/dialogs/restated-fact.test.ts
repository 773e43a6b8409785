// "in the office, I mean at home. Her path?": what follows "I mean" replaces what came just before it, said of the same
// person (a blind judge's lead: read as a request to explain the Internet). The "I" of "I mean" is no fact of the
// writer: "Tom's in the office, sorry, I meant at a hotel" moved the user to the hotel before. Near misses: "I mean"
// opening a question restates nothing; "what do you mean?" asks; "I mean the Taipei one" says no other place; a name
// never met is still asked whom.
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CALL: Record<Locale, string> = {
  en: "all Online, I'm in the office calling a colleague who is in the office too",
  'zh-TW': '我們全部是 Online，我在公司座位打給同事，同事也在公司，訊號和媒體走哪？',
};
const IN_CALL: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };

const CASES: [Locale, string[], PartialScenario][] = [
  ['en', [CALL.en, 'in the office, I mean at home. Her path?'], { peer: 'internet' }],
  ['en', [CALL.en, "she's in the office - sorry, I meant at a hotel"], { peer: 'internet' }],
  ['en', [CALL.en, "I'm at my desk, I mean working from home today"], { location: 'internet' }],
  ['en', ["all Online, I'm in the office calling Tom", 'Tom is in the office too', "Tom's in the office, sorry, I meant at a hotel. His paths?"], { peer: 'internet' }],
  ['en', ['hybrid, I am homed online, in the office calling a colleague in the office who is homed online', "he's homed online - oops, I meant on-prem"], { peerHoming: 'onPremises' }],
  ['zh-TW', [CALL['zh-TW'], '她在公司，我是說在家'], { peer: 'internet' }],
  ['zh-TW', [CALL['zh-TW'], '我在辦公室，不對，我是說在家'], { location: 'internet' }],
  ['en', [CALL.en, 'I mean, why ExpressRoute?'], {}],
  ['en', [CALL.en, 'what do you mean?'], {}],
  // What follows "I mean" says which office, no other place: the message is read whole.
  ['en', [CALL.en, "she's in the office, I mean the Taipei one"], {}],
  ['zh-TW', [CALL['zh-TW'], '她在公司，我是說台北那間'], {}],
];

describe.each(CASES)('%s: %j', (locale, says, changes) => {
  it('applies the restatement only', async () => {
    const conversation = startConversation({ recognizer, locale });
    for (const text of says.slice(0, -1)) await conversation.say(text);
    const before = (await conversation.session()).scenario;
    await conversation.say(says.at(-1)!);
    expect((await conversation.session()).scenario).toEqual({ ...before, ...changes });
  });
});

it('en: a name never met, restated, is still asked whom', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(CALL.en);
  const said = saidIn(await conversation.say('Pieter is in the office, I mean at home'));
  expect(said).toContain(t('en', 'dialog.whichParty'));
  expect((await conversation.session()).scenario).toEqual(IN_CALL);
});
