// A follow-up about the other person of a call already answered: who the opening named and how a follow-up points at
// them. Found on the conv66v dev conversations: a role opening a sentence that calls someone by name or by role ("Site
// director calls Amira", "Bridge crew … call the harbour master's office") named no one, so "and for Amira?" was out of
// scope; 「碼頭售票處跟本島調度中心用 Skype 通話」 named no one, so 「調度中心那端呢」 was not understood; "what about the
// other end?" lost "end" and was out of scope. Paths asked of one of the two by name in a what-if are theirs; facts said
// before anyone is named, asked of one person by name, are asked whose they are (never given to the one named).
import type { PartialScenario } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

interface Case {
  name: string;
  locale: Locale;
  says: string[];
  /** The people the conversation knows after the last message, by role. */
  people?: Record<string, 'user' | 'peer'>;
  /** Whose paths the last answer leads with (the session's perspective); undefined: the user's, as first answered. */
  perspective?: 'user' | 'peer';
  then: PartialScenario;
  /** The last reply asks whom the message means. */
  asksWhom?: boolean;
  /** Words no one of the conversation is kept by. */
  nobody?: string[];
}

const ONLINE_CALL: PartialScenario = { deployment: 'online', callType: 'peerToPeer' };

const CASES: Case[] = [
  {
    name: 'a role with no article opening a sentence calls a name; the name asked after',
    locale: 'en',
    says: ["We're all on Skype Online. Ward clerk at home calls Priya in the office.", 'and for Priya?'],
    people: { clerk: 'user', Priya: 'peer' },
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: 'a role calls a role; the one called asked by their role',
    locale: 'en',
    says: ['Skype Online here. Night porter at home calls the duty manager in the office.', 'and the duty manager?'],
    people: { porter: 'user', manager: 'peer' },
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: 'a crew calling, said as many, and the one called by their role: both remembered',
    locale: 'en',
    says: ["Survey crew on the island call the port manager's office. The island is on satellite internet, not our WAN."],
    people: { crew: 'user', manager: 'peer' },
    then: { callType: 'peerToPeer', location: 'internet' },
  },
  {
    name: 'a role said with "a" calls a role said with "a"; the one called placed in an answer is the other party',
    locale: 'en',
    says: ["We're on Skype Online. A nurse on the ward calls a pharmacist over Skype. Nurse is on our LAN.", 'the pharmacist is at home'],
    people: { nurse: 'user', pharmacist: 'peer' },
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'our role calls someone said with "an"',
    locale: 'en',
    says: ['All of us are on Skype Online. Our site engineer calls an inspector, peer to peer. The site engineer is in the office.', 'the inspector is at home'],
    people: { engineer: 'user', inspector: 'peer' },
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'near miss: a customer rung on a phone line is no party kept',
    locale: 'en',
    says: ['We have Cloud Connector. A cashier in the shop dials a customer on the landline.'],
    nobody: ['customer', 'landline', 'cashier'],
    then: { deployment: 'cloudConnector', callType: 'pstn' },
  },
  {
    name: '"the far end" and "the other side" are the other party',
    locale: 'en',
    says: ["We're Online. Tom at home calls Ana in the office", 'what about the far end?'],
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: '"the other side" after the other party was shown: still the other party',
    locale: 'en',
    says: ["We're Online. Tom at home calls Ana in the office", 'and Ana?', 'and the other side?'],
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: 'near miss: facts said before anyone is named, asked of one by name: whom it means is asked',
    locale: 'en',
    says: ["We're Online. Tom at home calls Ana in the office", 'when the laptop is back on the office LAN, what is Ana\'s media?'],
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
    asksWhom: true,
  },
  {
    name: 'near miss: "I then called Ana" makes no role of "then"',
    locale: 'en',
    says: ["We're Online and I'm at home. I then called Ana in the office."],
    people: { Ana: 'peer' },
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: '兩個單位通話，另一個單位用不帶地點的名稱問',
    locale: 'zh-TW',
    says: ['全部 Online。倉庫收發室跟總公司資訊中心用 Skype 通話，兩邊都在公司網路。收發室的路徑？', '資訊中心那端呢'],
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'customerNetwork' },
  },
  {
    name: '問完另一端，再用名稱問第一個單位的假設：路徑是該單位的',
    locale: 'zh-TW',
    says: ['全部 Online。倉庫收發室跟總公司資訊中心用 Skype 通話，兩邊都在公司網路。收發室的路徑？', '資訊中心那端呢', '如果收發室網路斷了，改用手機熱點，收發室的媒體呢？'],
    perspective: 'user',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: '先說用的網路、再說是哪裡的人：兩人都記得，問另一人是對方的路徑',
    locale: 'zh-TW',
    says: ['全部 Online。貨車上的司機用車上的 4G 跟倉庫的理貨員通話', '理貨員那邊呢'],
    people: { 司機: 'user', 理貨員: 'peer' },
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
  {
    name: '「另一端」是對方',
    locale: 'zh-TW',
    says: ['全部 Online，小王在家打給在公司的小李', '另一端呢'],
    people: { 小王: 'user', 小李: 'peer' },
    perspective: 'peer',
    then: { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' },
  },
];

describe.each(CASES)('$locale: $name', ({ locale, says, people, perspective, then, asksWhom, nobody }) => {
  it(asksWhom ? 'asks whom it means' : 'answers for that person', async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies: Awaited<ReturnType<typeof conversation.say>> = [];
    for (const text of says) replies = await conversation.say(text);
    const session = await conversation.session();
    expect(session.scenario).toEqual(then);
    if (people) expect(session.people).toMatchObject(people);
    for (const word of nobody ?? []) expect(Object.keys(session.people ?? {}).map((key) => key.toLowerCase())).not.toContain(word);
    if (!asksWhom) expect(session.perspective ?? 'user').toBe(perspective ?? 'user');
    expect(saidIn(replies).includes(t(locale, 'dialog.whichParty'))).toBe(asksWhom === true);
  });
});
