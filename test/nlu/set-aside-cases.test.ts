// Cases told side by side, one set aside ("Customer A is all Online, customer B is hybrid. Forget B for now. For A, ...",
// 「A 公司全 Online，B 公司混合式…B 先不管，只問 A」): what is said of the case set aside is not said of the one asked
// about. Read together, the on-premises pool of one and the Online of the other looked like a hybrid deployment, and a
// consultant's question comparing two customers was answered with the wrong one's facts. Every word for a case, letter,
// order of the cases and way of setting one aside or picking one, in both languages; and messages that set nothing
// aside, or set aside something else than a case, read as before.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

type Kind = 'online' | 'hybrid';
const SAID: Record<'en' | 'zh', Record<Kind, string>> = {
  en: { online: 'runs every account in SfB Online (ER in place)', hybrid: 'is hybrid, most accounts still on the on-prem pool' },
  zh: { online: '全部帳號都在 Skype Online，有 ER', hybrid: '是混合式，大部分帳號還在地端 pool' },
};
const NAMES = {
  en: [(x: string) => `Customer ${x}`, (x: string) => `Site ${x}`, (x: string) => `Tenant ${x}`, (x: string) => `Client ${x}`],
  zh: [(x: string) => `${x} 公司`, (x: string) => `客戶${x}`, (x: string) => `${x} 據點`],
} as const;
const LETTERS = { en: [['A', 'B'], ['B', 'C']], zh: [['A', 'B'], ['甲', '乙']] } as const;
/** Ways of setting the other case aside, then the case asked about named again, before the call. */
const ASIDE = {
  en: [
    (other: string, kept: string) => `Forget ${other} for now. For ${kept}, `,
    (other: string, kept: string) => `Ignore ${other}. At ${kept}, `,
    (other: string, kept: string) => `${other} doesn't matter here, only asking about ${kept}: `,
    (other: string) => `Please disregard ${other}. `,
    (_other: string, kept: string) => `Only asking about ${kept}: `,
  ],
  zh: [
    (other: string, kept: string) => `${other}先不管，只問${kept}：`,
    (other: string) => `${other}不用看。`,
    (_other: string, kept: string) => `只問${kept}：`,
    (other: string, kept: string) => `撇開${other}，${kept}這邊`,
  ],
};
const CALL = {
  en: 'a user in the office rings a colleague working from home, one-to-one. What path does the office user\'s media take?',
  zh: '辦公室裡的使用者一對一打給在家的同事，辦公室這端的媒體走哪？',
};
/** The same set aside after the question ("... B 先不管，只問 A"). */
const AFTER = {
  en: [(other: string, kept: string) => ` Ignore ${other}, only asking about ${kept}.`, (other: string) => ` ${other} is a separate ticket, never mind ${other}.`],
  zh: [(other: string, kept: string) => `${other}先不用管，只問${kept}`, (_other: string, kept: string) => `另一家不用看，只想問${kept}`],
};

interface Case {
  text: string;
  want: Kind;
}

function cases(lang: 'en' | 'zh'): Case[] {
  const out: Case[] = [];
  const stop = lang === 'en' ? ' ' : '。';
  const sep = lang === 'en' ? ' ' : '';
  for (const name of NAMES[lang]) {
    for (const [first, second] of LETTERS[lang]) {
      for (const order of [['online', 'hybrid'], ['hybrid', 'online']] as const) {
        const told = `${name(first)}${sep}${SAID[lang][order[0]]}${lang === 'en' ? ';' : '；'} ${name(second)}${sep}${SAID[lang][order[1]]}${lang === 'en' ? '.' : ''}${stop}`;
        [first, second].forEach((kept, k) => {
          const other = k === 0 ? second : first;
          for (const aside of ASIDE[lang]) out.push({ text: `${told}${aside(other, kept)}${CALL[lang]}`, want: order[k] });
          for (const after of AFTER[lang]) out.push({ text: `${told}${CALL[lang].replace(/^a user/, `a ${name(kept)} user`).replace(/^辦公室裡的使用者/, `${kept} 的辦公室使用者`)}${after(other, kept)}`, want: order[k] });
        });
      }
    }
  }
  return out;
}

describe.each(['en', 'zh'] as const)('cases set aside (%s)', (lang) => {
  const got = cases(lang).map((c) => ({ ...c, slots: slots(c.text) }));

  it('reads the deployment of the case kept', () => {
    const wrong = got.filter((c) => c.slots.deployment !== c.want).map((c) => `${c.text} => ${JSON.stringify(c.slots)}`);
    expect(wrong).toEqual([]);
  });

  it('takes nothing of the case set aside: no on-premises account beside an Online case kept', () => {
    const leaked = got.filter((c) => c.want === 'online' && c.slots.homing !== undefined).map((c) => c.text);
    expect(leaked).toEqual([]);
  });

  it('still reads the call: where the user and the other party are, and that it is one-to-one', () => {
    const lost = got.filter((c) => c.slots.location !== 'customerNetwork' || c.slots.peer !== 'internet' || c.slots.callType !== 'peerToPeer').map((c) => `${c.text} => ${JSON.stringify(c.slots)}`);
    expect(lost).toEqual([]);
  });
});

describe('a case set aside as it is told', () => {
  it.each([
    ['Customer A is another matter (hybrid, an old on-prem pool, on a different ticket, ignore that for now). Customer B is entirely Online. At B an office user joins a meeting a colleague set up. Media path?', 'online'],
    ['Site A runs everything Online. Site B is hybrid with its own on-prem pool, but ignore that for now. A user at site A in the office joins a meeting a colleague organized. Media path?', 'online'],
    ['兩個環境：A 全部 Online，B 是混合式還有地端 pool。B 先不管。A 的使用者在辦公室參加同事開的會議，媒體走哪？', 'online'],
    ['兩家客戶：甲公司是混合式，帳號多半在地端；乙公司全部 Online。甲公司不重要，乙公司的使用者在辦公室參加同事開的會議，媒體走哪？', 'online'],
  ])('%s', (text, deployment) => {
    const got = slots(text);
    expect(got.deployment).toBe(deployment);
    expect(got.homing).toBeUndefined();
    expect(got.location).toBe('customerNetwork');
  });
});

describe('cases told by name, one set aside', () => {
  it.each([
    ['Two sites: the Lyon site runs everything Online, the Graz site still has CCE for phones. Ignore the second site. In Lyon a user on the LAN dials a mobile number. Where does the media go?', 'online'],
    ['Northwind is fully Online; Tailspin runs CCE. Forget Tailspin, only asking about Northwind: a user on the office LAN dials a landline. Path of the media?', 'online'],
    ['Northwind is fully Online; Tailspin runs CCE. Only Tailspin: a user on the office LAN dials a landline. Path of the media?', 'cloudConnector'],
    ['Northwind is fully Online; Tailspin runs CCE. The other one does not matter, only Northwind: a Northwind user on the office LAN dials a landline. Path of the media?', 'online'],
    ['我們有兩個據點，臺中全 Online，花蓮用 CCE。花蓮先不管，臺中的同事在公司用 Skype 撥客戶手機，媒體走哪？', 'online'],
    ['竹北廠全部 Online，屏東廠用 CCE。屏東廠不用看，竹北廠的同仁在廠內打客戶手機，媒體怎麼走？', 'online'],
  ])('%s', (text, deployment) => {
    const got = slots(text);
    expect(got.deployment).toBe(deployment);
    expect(got.callType).toBe('pstn');
    expect(got.location).toBe('customerNetwork');
  });
});

describe('what introduces the cases says nothing of the call', () => {
  it.each([
    "Trainer here, setting two customers side by side for a workshop on Friday. Customer A is another story (hybrid with an old pool, ignore for now). Customer B is all Online with CCE for telephony and has ER. One of B's users, at B's HQ on the LAN, does a Skype call with a user at a federated partner that is also Online. Signaling and media for the B user?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork', peer: 'federated' });
  });
});

describe('what no case set aside leaves as it was', () => {
  it.each([
    // Both cases told, neither set aside: read together, as before (hybrid beside Online).
    ['Customer A is fully Online; customer B is hybrid with an on-prem pool. A user in the office calls a colleague at home. Path?', 'hybrid'],
    // A traffic set aside, not a case.
    ['Customer A is fully Online. A user in the office joins a meeting a colleague set up. Only asking about signaling, ignore media.', 'online'],
    // "a" as the article: no case named.
    ['We are hybrid with an on-prem pool. Ignore a user at home; a user in the office calls a colleague. Path?', 'hybrid'],
    ['A 公司是混合式，地端還有 pool。只問訊號：使用者在辦公室打給在家的同事，走哪？', 'hybrid'],
  ])('%s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});
