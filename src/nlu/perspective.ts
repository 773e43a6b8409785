// Whether a question is about the people watching a broadcast (its attendees) rather than the user who presents in
// it: "what path does the stream take to the viewers?", "觀眾收看廣播走哪條路？". A small rule of its own, apart from
// the slot reading, so either can change without the other.
import type { PartialScenario, Perspective } from '../engine/types';

/** Words that mean watching the stream, whatever call was named. */
const WATCHING = [
  /\b(watch(es|ed|ing)?|watchers?|viewers?|viewing|audiences?|spectators?)\b/i,
  /(觀看|观看|收看|觀眾|观众|看直播|看廣播|看广播)/,
];

/** Words that mean attendees, who are the broadcast's audience only when the call is a broadcast. */
const ATTENDING = [/\battendees?\b/i, /(出席者|與會者|与会者|參加者|参加者)/];

const mentions = (patterns: readonly RegExp[], text: string) => patterns.some((pattern) => pattern.test(text));

/** `attendees` when the question is about the broadcast's audience; nothing when it is about the user. */
export function perspectiveOf(text: string, slots: PartialScenario): Perspective | undefined {
  if (mentions(WATCHING, text)) return 'attendees';
  return slots.callType === 'broadcast' && mentions(ATTENDING, text) ? 'attendees' : undefined;
}
