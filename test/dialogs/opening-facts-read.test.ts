// Facts a first turn says that were not read (conv55 study set, session 56):
// - a place between someone's "'s" and a phone number is where the number rings ("a lender's office phone number"):
//   read as the caller's place it answered a question that never said where the caller was (two wrong answers);
// - a bare role opening the whole text as a signature, the writer then speaking as "I" ("Grip on a night shoot, staying
//   in a guesthouse ... I'm only watching"), is the writer: read as a third person, the writer got a studio's place;
// - 「都連公司網路」 (連公司 was cut as one word) and 「在隊上」 (a unit's own base, 隊) say where people are;
// - ordinary words were corrected into vocabulary words ("cellar" into a phone word, "patron", "lender") and film and
//   harbour titles ("1st AD", "cellar master") were no person, so the person's homing or the call type was asked again.
// Near misses: the caller's own office phone, a role opening the text with no "I" after it, a place said with 在 of the
// person it belongs to.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const first = async (locale: Locale, text: string) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(text);
  return (await conversation.session()).scenario;
};

describe("the place of someone's phone number is where it rings, not the caller's", () => {
  it.each([
    ["We run Cloud Connector Edition. The registrar dials a supplier's office phone number. Path?"],
    ["Cloud Connector here. Our buyer rings the bank's branch landline. Signalling and media?"],
    ["We're on Skype Online with Cloud Connector. The editor calls an author's home office phone number."],
  ])('%s', async (text) => {
    const scenario = await first('en', text);
    expect(scenario).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
    expect(scenario.location).toBeUndefined();
  });

  it('near miss: where the caller is, said of the caller, stays', async () => {
    expect(await first('en', "We run Cloud Connector Edition. The registrar, at her desk in the office, dials a supplier's office phone number.")).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});

describe('a bare role opening the text is the writer who then speaks as "I"', () => {
  const CASES: [string, PartialScenario][] = [
    ['Grip on a night shoot, staying in a guesthouse on its wifi. HQ streams the town hall as a Skype Meeting Broadcast and I only watch. We are SfB Online. My path?', { location: 'internet', callType: 'broadcast' }],
    ['Pharmacist, at a motel on the motel wifi tonight. Head office runs the briefing as a Skype Meeting Broadcast and I just watch it. All Skype for Business Online. Route for me?', { location: 'internet', callType: 'broadcast' }],
  ];
  it.each(CASES)('%s', async (text, scenario) => {
    expect(await first('en', text)).toMatchObject(scenario);
  });

  it('near miss: a role opening the text that calls the writer stays the other one', async () => {
    expect(await first('en', "Porter, on the lobby LAN, calls me on Skype. I'm at home on my own broadband. All Online. My path?")).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('places and people said in a first turn are read', () => {
  const CASES: [string, Locale, string, PartialScenario][] = [
    ['連公司網路 said of both', 'zh-TW', '全部 Online。組長打給副組長，兩個人都連公司網路，組長的路徑？', { location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ['在隊上: the unit\'s own base', 'zh-TW', '救護隊用 CCE，隊員在隊上撥市話給家屬，路徑？', { location: 'customerNetwork', callType: 'pstn' }],
    ['在分隊 too', 'zh-TW', '我們用 CCE，小隊長在分隊用電腦撥外線，訊號怎麼走？', { location: 'customerNetwork', callType: 'pstn' }],
    ['a cellar master homed on-prem', 'en', "Hybrid. Our cellar master, whose account is on the on-prem pool, calls the sales manager on Skype; both are at the winery on the LAN. Path?", { homing: 'onPremises', location: 'customerNetwork', callType: 'peerToPeer' }],
    ['a harbour master homed on-prem', 'en', 'Hybrid here. Our harbour master (homed on-prem) Skype-calls the pilot, who is at home. Path for the harbour master from the office?', { homing: 'onPremises', peer: 'internet', callType: 'peerToPeer' }],
    ['the 2nd AD called', 'en', 'We use Cloud Connector Edition. The producer in the office calls the 2nd AD, who is at home on his own broadband. Path?', { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
    ["a patron's mobile", 'en', "We're Skype for Business Online. The usher calls a patron's mobile number, and she's at the theatre on our network.", { location: 'customerNetwork', callType: 'pstn' }],
  ];
  it.each(CASES)('%s (%s)', async (_name, locale, text, scenario) => {
    expect(await first(locale, text)).toMatchObject(scenario);
  });

  it('near miss: 團隊 is who, not where', async () => {
    const scenario = await first('zh-TW', '我們用 CCE，他在團隊裡負責撥外線給廠商，路徑？');
    expect(scenario.location).toBeUndefined();
  });
});
