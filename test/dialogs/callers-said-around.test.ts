// Who is in a call between two people, said in a shape of its own, remembered so that a later message naming one of
// them ("and him?", 「那課長那邊呢？」, "what if Dana works from home?") speaks of that person, not of "whom do you
// mean". Found on conv68v (a dev set): the writer's call in a Chinese clause with no subject after the writer's own
// clauses (「要跟…通話」, 「要打給…」), a title of four characters after 我跟, "me calling …" opening a reply, and a caller said by a pronoun
// ("She's calling …") in a message that names one other person. Near misses: someone else opening the clause of the
// call, "me" that is no caller, a pronoun that does not fit the one name's gender.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { saidIn } from './cardReading';
import type { People } from '../../dialogs/people';

const recognizer = createRecognizer();

interface Case {
  name: string;
  locale: Locale;
  says: string[];
  /** People the conversation knows after the last message, by their keys (others may be known too). */
  knows: People;
  /** Keys it must not know, or not in that role. */
  knowsNot?: People;
  /** The last reply asks whom the message means. */
  asks?: true;
}

const CASES: Case[] = [
  {
    name: 'the writer’s call in a clause of its own, its callee asked about',
    locale: 'zh-TW',
    says: ['我們是混合式部署。我是地端帳號，人在倉庫辦公室，要跟課長一對一通話，課長也在倉庫。', '課長是線上的', '那課長那邊的媒體呢？'],
    knows: { I: 'user', 課長: 'peer' },
  },
  {
    name: 'the writer calls out in a clause of its own, after clauses of the writer’s account and place',
    locale: 'zh-TW',
    says: ['我們是混合式部署。我的帳號是線上的，人在倉庫門口，要打給值班組長，他也在倉庫裡，地端帳號。', '那值班組長那邊呢？'],
    knows: { I: 'user', 值班組長: 'peer' },
  },
  {
    name: 'a title of four characters after 我跟',
    locale: 'zh-TW',
    says: ['全部 Online，我跟夜班藥師一對一通話，我在公司', '她在家', '那藥師那邊呢？'],
    knows: { I: 'user', 夜班藥師: 'peer' },
  },
  {
    name: 'near miss: someone else opens the clause of the call',
    locale: 'zh-TW',
    says: ['全部 Online。我在公司，小明在家，跟課長通話'],
    knows: {},
    knowsNot: { 課長: 'peer' },
  },
  {
    name: '"me calling" opening a reply',
    locale: 'en',
    says: ["we're all on Skype Online", 'me calling Dana on the help desk, a 1:1', "I'm in the office and so is she", 'what if Dana works from home?'],
    knows: { I: 'user', Dana: 'peer' },
  },
  {
    name: 'near miss: "me" that is no caller',
    locale: 'en',
    says: ["we're all on Skype Online. Dana rang me from the help desk"],
    knows: {},
    knowsNot: { I: 'user' },
  },
  {
    name: 'a caller said by a pronoun of her given name’s gender',
    locale: 'en',
    says: ["All Online. Lucy's in the plant office on our LAN. She's calling Pedro, who's at home. Which way for her?", 'and him?'],
    knows: { Lucy: 'user', Pedro: 'peer' },
  },
  {
    name: 'near miss: a pronoun of the other gender is not her',
    locale: 'en',
    says: ["All Online. Lucy's in the plant office on our LAN. He's calling Pedro, who's at home."],
    knows: {},
    knowsNot: { Lucy: 'user' },
  },
];

describe.each(CASES)('$locale: $name', ({ locale, says, knows, knowsNot, asks }) => {
  it(asks ? 'asks whom it means' : 'knows who is who', async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies: Awaited<ReturnType<typeof conversation.say>> = [];
    for (const text of says) replies = await conversation.say(text);
    const people = (await conversation.session()).people ?? {};
    expect(people).toMatchObject(knows);
    for (const [name, role] of Object.entries(knowsNot ?? {})) expect(people[name]).not.toBe(role);
    expect(saidIn(replies).includes(t(locale, 'dialog.whichParty'))).toBe(asks === true);
  });
});
