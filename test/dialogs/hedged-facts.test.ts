// Words beside a fact that leave it a fact, after an answer (a blind judge's leads): a possibility ("she might be at
// home tomorrow", 「她明天可能在家」) is a what-if, applied as one; someone else's not knowing ("he's at home, he just
// doesn't know whether to connect the VPN", 「他在家，只是自己不知道要連 VPN」) doubts nothing the writer says. Near
// misses: the writer's own not knowing stays a doubt (nothing applied), a possibility that says no fact ("I might ask
// my boss") says nothing, and a name never met is still asked whom.
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
const PSTN: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office: which paths?',
  'zh-TW': '全部都是 Online，在辦公室打 PSTN 電話，路徑怎麼走？',
};
const IN_CALL: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
const IN_PSTN: PartialScenario = { deployment: 'online', callType: 'pstn', location: 'customerNetwork' };

interface Case {
  locale: Locale;
  opening: Record<Locale, string>;
  text: string;
  /** What the message changes; nothing for a near miss. */
  changes?: PartialScenario;
}

const CASES: Case[] = [
  { locale: 'en', opening: CALL, text: 'she might be at home tomorrow', changes: { peer: 'internet' } },
  { locale: 'en', opening: CALL, text: "maybe she'll work from home next week", changes: { peer: 'internet' } },
  { locale: 'en', opening: PSTN, text: 'I may be working from a hotel on Friday', changes: { location: 'internet' } },
  { locale: 'zh-TW', opening: CALL, text: '她明天可能在家', changes: { peer: 'internet' } },
  { locale: 'zh-TW', opening: PSTN, text: '我下週可能在家工作', changes: { location: 'internet' } },
  { locale: 'zh-TW', opening: PSTN, text: '或許我明天會在飯店打', changes: { location: 'internet' } },
  { locale: 'en', opening: CALL, text: "he's at home, he just doesn't know whether to connect the VPN", changes: { peer: 'internet' } },
  { locale: 'en', opening: CALL, text: "she's working from home; she isn't sure the VPN is on", changes: { peer: 'internet' } },
  { locale: 'zh-TW', opening: CALL, text: '她在家，只是自己不知道要連 VPN', changes: { peer: 'internet' } },
  { locale: 'zh-TW', opening: PSTN, text: '我人在家，不過主管不確定要不要連 VPN', changes: { location: 'internet' } },
  { locale: 'en', opening: CALL, text: "he's at home, I don't know whether he's on the VPN" },
  { locale: 'zh-TW', opening: CALL, text: '他在家，我不知道他有沒有連 VPN' },
  { locale: 'en', opening: CALL, text: 'I might ask my boss' },
];

describe.each(CASES)('$locale: $text', ({ locale, opening, text, changes }) => {
  it(changes ? 'applies the fact' : 'applies nothing', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening[locale]);
    const before = (await conversation.session()).scenario;
    expect(before).toEqual(opening === CALL ? IN_CALL : IN_PSTN);
    await conversation.say(text);
    expect((await conversation.session()).scenario).toEqual({ ...before, ...changes });
  });
});

it('en: a name never met, with a possibility, is still asked whom', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(CALL.en);
  const said = saidIn(await conversation.say('Tom might be at home tomorrow'));
  expect(said).toContain(t('en', 'dialog.whichParty'));
  expect((await conversation.session()).scenario).toEqual(IN_CALL);
});
