// "Tom gets called by Ann": a person called by another is a one-to-one call, though "called by" also opens a
// meeting's host ("a meeting called by the CFO"). Callee x passive verb x caller x frame; negatives: a meeting called
// by someone keeps its host and stays a meeting.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const CALLEES = ['Tom', 'I', 'Our receptionist', 'The night nurse'];
const PASSIVES = ['gets called by', 'got called by', 'was called by', 'is called by', 'is being called by', 'keeps getting called by'];
/** Callers; the help desk may ring from a phone line as well as from Skype, so its call's kind stays asked. */
const CALLERS = [
  { caller: 'Ann', slots: { callType: 'peerToPeer' } },
  { caller: 'a colleague', slots: { callType: 'peerToPeer' } },
  { caller: 'her manager', slots: { callType: 'peerToPeer' } },
  { caller: 'the help desk', slots: {} },
] as const;
const QUESTIONS = ['Where does the media go?', 'Which path does the signaling take?', 'Does that call use ExpressRoute?'];

/** The person's own verb for "I" ("I was", "I get"). */
const conjugated = (callee: string, passive: string): string =>
  callee !== 'I' ? passive : passive.replace(/^is /, 'am ').replace(/^gets /, 'get ').replace(/^keeps /, 'keep ');

export function passiveCallGrid(): GridItem[] {
  return product({ callee: CALLEES, passive: PASSIVES, caller: CALLERS }).map(({ callee, passive, caller }, n) => ({
    text: `We're Skype for Business Online only. ${callee} ${conjugated(callee, passive)} ${caller.caller}. ${nth(QUESTIONS, n)}`,
    slots: caller.slots,
    tags: [`passive:${passive}`],
  }));
}

const PLACES = [
  { home: 'at home', office: 'in the office' },
  { home: 'at a hotel', office: 'at HQ' },
] as const;

/** Both placed, the question about either: each side keeps its own place. */
export function placedPassiveGrid(): GridItem[] {
  const people = [
    { callee: 'Tom', calleeIs: 'Tom is', calleeOwn: "Tom's", caller: 'Ann', callerOwn: "Ann's" },
    { callee: 'I', calleeIs: "I'm", calleeOwn: 'my', caller: 'my manager', callerOwn: "my manager's" },
  ];
  const asked = ['callee', 'caller'] as const;
  return product({ who: people, places: PLACES, passive: ['got called by', 'was called by', 'gets called by'], asked }).map(({ who, places, passive, asked: side }) => {
    const own = side === 'callee' ? who.calleeOwn : who.callerOwn;
    const text = `We're Skype for Business Online only. ${who.calleeIs} ${places.home} and ${conjugated(who.callee, passive)} ${who.caller} ${places.office}. Where does ${own} media go?`;
    const home = 'internet';
    const office = 'customerNetwork';
    return { text, slots: side === 'callee' ? { location: home, peer: office } : { location: office, peer: home }, tags: [`asked:${side}`] };
  });
}

const MEETINGS = ['the meeting called by', 'a meeting called by', 'the all-hands called by', 'the meeting that was called by', 'the review meeting called by'];
/** A meeting the sentence opens with, its host said by a passive ("The urgent meeting was called by my boss"). */
const PASSIVE_MEETINGS = ['The urgent meeting was called by', 'The all-hands got called by', "I'm joining the review meeting; it was called by", 'The conference is called by'];
const HOSTS = [
  { host: 'the CFO, who is homed Online', organizer: 'online' },
  { host: 'the CFO, who is still on the on-prem pool', organizer: 'onPremises' },
] as const;

/** A meeting called by its host: a meeting, and its host's homing is the organizer's. */
export function calledMeetingGrid(): GridItem[] {
  const joined = product({ meeting: MEETINGS, host: HOSTS }).map(({ meeting, host }) => ({
    text: `We're hybrid. I'm homed on-prem and at home, joining ${meeting} ${host.host}.`,
    host,
    tag: `meeting:${meeting}`,
  }));
  const opened = product({ meeting: PASSIVE_MEETINGS, host: HOSTS }).map(({ meeting, host }) => ({
    text: `We're hybrid. ${meeting} ${host.host}. I'm homed on-prem and at home.`,
    host,
    tag: `meeting:${meeting}`,
  }));
  return [...joined, ...opened].map(({ text, host, tag }, n) => ({
    text: `${text} ${nth(QUESTIONS, n)}`,
    slots: { callType: 'conference', organizer: host.organizer },
    tags: [tag],
  }));
}
