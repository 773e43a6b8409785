// Chinese homing and organizer material written blind (round 10, homing-zh.json and organizers-zh.json): writers who
// never saw the recognizer wrote, from KNOWLEDGE.md and GLOSSARY.md only, 250 clauses saying where {P}'s account is
// homed (a third traps: groups {P} is or is not in, presence "在線上", past and planned moves, servers' places) and 150
// where {P} joins a meeting (who hosts it, and where {P} is homed). Their text and labels are used as written; the few
// items left out are listed in LEFT_OUT with why. Each is put in a Hybrid call question, for several people in the
// place of {P}.
import type { Homing, Organizer, PartialScenario } from '../../../src/engine/types';
import type { GridItem } from './grid';
import homing from './homing-zh.json';
import organizers from './organizers-zh.json';
import { WHO } from './zh-phrases';

interface Statement {
  id: string;
  text: string;
  value: Homing | 'none';
  note?: string;
}

interface Meeting {
  id: string;
  text: string;
  organizer: Organizer | 'none';
  userHoming: Homing | 'none';
  note?: string;
}

/**
 * Items whose label we think is wrong, left out (never relabelled). The writers' own doubts: a move planned for later
 * says where the account is now only by inference; we read nothing there, which is a recall miss and never a wrong
 * reading, so those stay in.
 */
export const LEFT_OUT: ReadonlyMap<string, string> = new Map<string, string>([
  // A department that hosts is homed where the department is said to be (the lead's rule for 業務部發起的會議).
  ['hzh-o108', '"{P}要參加財務部的會議，財務部都還在地端" labelled organizer none: the department hosts and its homing is said'],
]);

export const STATEMENTS = (homing.statements as Statement[]).filter((s) => !LEFT_OUT.has(s.id));
export const MEETINGS = (organizers.organizers as Meeting[]).filter((m) => !LEFT_OUT.has(m.id));


/** The call question after a homing statement: a phone call, a call to a colleague whose homing is not said, a meeting nobody's homing is said of. */
const CALLS: readonly { tag: string; text: (subject: string) => string; slots: PartialScenario }[] = [
  { tag: 'pstn', text: (s) => `${s}在公司撥外線給客戶，媒體走哪？`, slots: { callType: 'pstn' } },
  { tag: 'p2p', text: (s) => `${s}在公司打給同事，一對一，${s}這端的媒體走哪？`, slots: { callType: 'peerToPeer' } },
  { tag: 'meeting', text: (s) => `${s}在公司要加入一個 Skype 會議，訊號跟媒體怎麼走？`, slots: { callType: 'conference' } },
];

/** A statement already ending a sentence is not given another stop. */
const ENDS = /[。？！?!]$/;
const said = (text: string, p: string): string => {
  const filled = text.replaceAll('{P}', p);
  return ENDS.test(filled) ? filled : `${filled}。`;
};

export function homingStatementGrid(): GridItem[] {
  return STATEMENTS.flatMap((statement) =>
    WHO.flatMap((who) =>
      CALLS.map((call) => ({
        text: `我們是混合式部署。${who.intro ?? ''}${said(statement.text, who.p)}${call.text(who.subject)}`,
        slots: { ...(statement.value !== 'none' && { homing: statement.value }) },
        tags: [statement.id, who.tag, call.tag],
      })),
    ),
  );
}

export function organizerMeetingGrid(): GridItem[] {
  return MEETINGS.flatMap((meeting) =>
    WHO.map((who) => ({
      text: `我們是混合式部署。${who.intro ?? ''}${said(meeting.text, who.p)}${who.subject}人在公司，媒體走哪？`,
      slots: {
        ...(meeting.organizer !== 'none' && { organizer: meeting.organizer }),
        ...(meeting.userHoming !== 'none' && { homing: meeting.userHoming }),
      },
      tags: [meeting.id, who.tag],
    })),
  );
}
