// Chinese place material written blind (round 9, phrases-zh.json): writers who never saw the recognizer wrote, from
// KNOWLEDGE.md and GLOSSARY.md only, 300 clauses saying where a person "{P}" is (or was, or will be: "none" when
// undecidable) and 100 whole messages with two or more people. Their text and labels are used as written; the few
// items left out are listed in LEFT_OUT with why. The statements are put around a call question, for several people
// in the place of {P}; the messages are read as they are.
import type { PartialScenario } from '../../../src/engine/types';
import type { GridItem } from './grid';
import phrases from './phrases-zh.json';

interface Statement {
  id: string;
  text: string;
  value: 'customerNetwork' | 'internet' | 'none';
  note?: string;
}

interface Message {
  id: string;
  text: string;
  user: string;
  location: 'customerNetwork' | 'internet' | null;
  peer: 'customerNetwork' | 'internet' | 'federated' | null;
  callType: 'peerToPeer' | 'conference';
}

/**
 * Items whose label we think is wrong, left out (never relabelled). The writers' own labels elsewhere say a place
 * with nothing said of the VPN is where the person is ("{P}在家" is the Internet, "{P}沒有在辦公室，在外面" too);
 * the first two say "在外面" without a VPN is undecidable.
 */
export const LEFT_OUT: ReadonlyMap<string, string> = new Map([
  ['pzh-s295', '"{P}說他「在外面」，但沒講有沒有 VPN" labelled none; the set labels 在外面/在家 without a VPN as internet'],
  ['pzh-m10', '"他說他「在外面」，沒講有沒有 VPN" labelled location null; as pzh-s295'],
  // A hypothesis is the case a question around it asks about ("假設主管在飯店，沒有 VPN。主管要撥外線，媒體走哪？"):
  // labelled none as a clause alone, it is the place of the call asked about in a call question.
  ['pzh-s253', '"如果{P}回家的话，媒體会怎么走？" asks about the case of being at home: the Internet, not none'],
  ['pzh-s259', '"假設{P}在飯店，沒有 VPN" before a call question is the supposed case asked about'],
  ['pzh-s285', '"如果{P}在公司的話就走內網對吧？" asks about the case of being in the office'],
]);

export const STATEMENTS = (phrases.statements as Statement[]).filter((s) => !LEFT_OUT.has(s.id));
export const MESSAGES = (phrases.messages as Message[]).filter((m) => !LEFT_OUT.has(m.id));

/** Who {P} is: the speaker, a role, a title, an English name, and a pronoun after a sentence that names the person. */
export const WHO: readonly { tag: string; p: string; subject: string; intro?: string }[] = [
  { tag: '我', p: '我', subject: '我' },
  { tag: '使用者', p: '使用者', subject: '使用者' },
  { tag: '主管', p: '主管', subject: '主管' },
  { tag: 'Kevin', p: 'Kevin', subject: 'Kevin' },
  { tag: '她', p: '她', subject: '她', intro: '我們業務部有位同事叫 Amy。' },
];

/** The call question around a statement: the call it states and the slots that states. */
const CALLS: readonly { tag: string; text: (subject: string) => string; slots: PartialScenario }[] = [
  { tag: 'pstn', text: (s) => `${s}要撥外線給客戶，媒體走哪？`, slots: { callType: 'pstn' } },
  { tag: 'meeting', text: (s) => `${s}要加入一個 Skype 會議，訊號跟媒體怎麼走？`, slots: { callType: 'conference' } },
  {
    tag: 'p2p',
    text: (s) => `${s}要跟在家沒連 VPN 的同事一對一通話，${s}這端的媒體走哪？`,
    slots: { callType: 'peerToPeer', peer: 'internet' },
  },
];

/** A statement already ending a sentence ("{P}現在在哪裡？") is not given another stop. */
const ENDS = /[。？！?!]$/;

/** "{P}在辦公室，對方在家": the only statement that places the other party too. */
const PEER_PLACED: ReadonlyMap<string, PartialScenario> = new Map([['pzh-s225', { peer: 'internet' }]]);

export function statementGrid(): GridItem[] {
  return STATEMENTS.flatMap((statement) =>
    WHO.flatMap((who) =>
      CALLS.map((call) => {
        const said = statement.text.replaceAll('{P}', who.p);
        const text = `我們是純 Online。${who.intro ?? ''}${said}${ENDS.test(said) ? '' : '。'}${call.text(who.subject)}`;
        const slots: PartialScenario = {
          ...(statement.value !== 'none' && { location: statement.value }),
          ...(call.tag === 'p2p' ? {} : PEER_PLACED.get(statement.id)),
          ...call.slots,
        };
        return { text, slots, tags: [statement.id, `who:${who.tag}`, `call:${call.tag}`, `value:${statement.value}`] };
      }),
    ),
  );
}

/** The messages as written: the user's place, the other party's (when said) and the call type. */
export function messageGrid(): GridItem[] {
  return MESSAGES.map((message) => ({
    text: message.text,
    slots: {
      ...(message.location !== null && { location: message.location }),
      ...(message.peer !== null && { peer: message.peer }),
      callType: message.callType,
    },
    tags: [message.id],
  }));
}
