// Alternatives set side by side ("Design 1: stay hybrid ... Design 2: go fully Online ... Under Design 2 only: ...",
// 「方案一：…方案二：…如果採方案二，…」): only the one the question picks describes the call. Read together they
// looked like a hybrid deployment with on-premises accounts, and a blind architect's question comparing two designs
// was answered wrongly that way. With none picked, the deployment is asked. Every label word, marker, order of the
// alternatives and way of picking one, in both languages.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

type Kind = 'online' | 'hybrid';
const SAID: Record<'en' | 'zh', Record<Kind, string>> = {
  en: { online: 'move everyone to Skype for Business Online', hybrid: 'stay hybrid, with my account kept on the on-prem pool' },
  zh: { online: '全部搬到 Skype for Business Online', hybrid: '維持混合式，我的帳號留在地端 pool' },
};
const LABELS = {
  en: [
    ['Design', ['1', '2']],
    ['Option', ['A', 'B']],
    ['Scenario', ['1', '2']],
    ['Plan', ['A', 'B']],
    ['Approach', ['1', '2']],
  ],
  zh: [
    ['方案', ['一', '二']],
    ['情境', ['1', '2']],
    ['選項', ['A', 'B']],
    ['做法', ['一', '二']],
  ],
} as const;
const PICKS = {
  en: [(x: string) => `Under ${x} only: `, (x: string) => `With ${x}, `, (x: string) => `For ${x}: `, (x: string) => `If we go with ${x}, `],
  zh: [(x: string) => `如果採${x}，`, (x: string) => `以${x}來說，`, (x: string) => `選${x}的話，`],
};
const CALL = {
  en: "I'm in the office calling a colleague who is at home, one-to-one. What path does my media take?",
  zh: '我在辦公室一對一打給在家的同事，我的媒體走哪？',
};

interface Case {
  text: string;
  /** The deployment of the alternative picked, or undefined when none is. */
  want: Kind | undefined;
}

function cases(lang: 'en' | 'zh'): Case[] {
  const out: Case[] = [];
  const sep = lang === 'en' ? ': ' : '：';
  const stop = lang === 'en' ? ' ' : '。';
  for (const [word, markers] of LABELS[lang]) {
    const name = (m: string) => (lang === 'en' ? `${word} ${m}` : `${word}${m}`);
    for (const order of [['online', 'hybrid'], ['hybrid', 'online']] as const) {
      const setOut = order.map((kind, k) => `${name(markers[k])}${sep}${SAID[lang][kind]}.`.replace(/\.$/, lang === 'en' ? '.' : '')).join(stop) + stop;
      order.forEach((kind, k) => {
        for (const pick of PICKS[lang]) out.push({ text: `${setOut}${pick(name(markers[k]))}${CALL[lang]}`, want: kind });
      });
      out.push({ text: `${setOut}${CALL[lang]}`, want: undefined });
    }
  }
  return out;
}

describe.each(['en', 'zh'] as const)('alternatives side by side (%s)', (lang) => {
  const got = cases(lang).map((c) => ({ ...c, slots: slots(c.text) }));

  it('reads the deployment of the alternative picked, and asks it when none is', () => {
    const wrong = got.filter((c) => c.slots.deployment !== c.want).map((c) => `${c.text} => ${JSON.stringify(c.slots)}`);
    expect(wrong).toEqual([]);
  });

  it('takes nothing of an alternative not picked: no on-premises account beside an Online pick', () => {
    const leaked = got.filter((c) => c.want !== 'hybrid' && c.slots.homing !== undefined).map((c) => c.text);
    expect(leaked).toEqual([]);
  });

  it('still reads the call: where the user and the other party are, and that it is one-to-one', () => {
    const lost = got.filter((c) => c.slots.location !== 'customerNetwork' || c.slots.peer !== 'internet' || c.slots.callType !== 'peerToPeer').map((c) => `${c.text} => ${JSON.stringify(c.slots)}`);
    expect(lost).toEqual([]);
  });
});

describe('a message without alternatives is read as it was', () => {
  it.each([
    // A plan step is no alternative without a second one.
    ['Plan A: call her from the office. We are SfB Online. She is at home. What path does my media take?', 'online'],
    ["Option B is what we chose: we're hybrid and my account is on the on-prem pool. I call a colleague at home from the office; my path?", 'hybrid'],
    ['方案一已經上線：我們是混合式，我的帳號在地端。我在辦公室打給在家的同事，一對一，我走哪？', 'hybrid'],
  ])('%s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});

describe('a move planned, asked about after it', () => {
  it.each([
    ['假設明年把剩下的地端帳號全部搬到 Online（不留任何內部部署伺服器），屆時我在辦公室打給在家的同事，一對一，路徑會怎麼走？', 'online'],
    ['明年全部搬到 Online，不留地端伺服器。到時候我在辦公室打給在家的同事，一對一，路徑？', 'online'],
  ])('%s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });

  it('a move planned, asked about now, leaves the deployment to ask', () => {
    expect(slots('我們下個月全部搬到 Online，現在我在辦公室打給在家的同事，一對一，路徑？').deployment).toBeUndefined();
  });
});
