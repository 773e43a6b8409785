// Round 10's English call grid (invented; no blind text): two calls told in turn ("Had the team meeting (fine), then
// Sam called me"): the later one is asked about; and a call word with three or more people ("jump on a call with the
// three of them"), which may be a meeting as well as a call: no call between two is read.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

const FIRSTS = [
  { said: 'Had the project meeting at 2 (fine)', type: 'conference' },
  { said: 'The weekly team meeting went fine', type: 'conference' },
  { said: 'This morning I rang a customer\'s mobile and it was ok', type: 'pstn' },
  { said: 'The town hall broadcast was great', type: 'broadcast' },
] as const;

const SEQUENCES = [', then', ', and afterwards', '; later'];

const SECONDS = [
  { said: 'Sam called me on Skype, just him', type: 'peerToPeer' },
  { said: 'I dialled a landline from Skype', type: 'pstn' },
  { said: 'I joined the sales review meeting', type: 'conference' },
  { said: 'I had a 1:1 video call with Priya', type: 'peerToPeer' },
] as const;

/** Two calls told in turn; the second, of another type, is the one asked about. */
export function callsInTurnGrid(): GridItem[] {
  return product({ first: FIRSTS, sequence: SEQUENCES, second: SECONDS })
    .filter(({ first, second }) => first.type !== second.type)
    .map(({ first, sequence, second }, n) => ({
      text: `Hybrid. ${first.said}${sequence} ${second.said} and that one froze. ${nth(['Path?', 'Why, path-wise?', 'What path does it take?'], n)}`,
      slots: { callType: second.type },
      tags: [`first:${first.type}`, `second:${second.type}`],
    }));
}

/** A call word with three or more people: a meeting as likely as a call between two; no call between two is read. */
export function manyPeopleGrid(): GridItem[] {
  const groups = ['the three of them (Raj, Mei and Pieter)', 'Raj, Mei and Pieter', 'the vendor and three of us', '4 colleagues from Leeds', 'five people from the project'];
  const frames = [(g: string) => `Can we jump on a call with ${g}? I am in the office.`, (g: string) => `I'm at home and calling ${g} on Skype.`];
  return product({ group: groups, frame: frames }).map(({ group, frame }, n) => ({
    text: `Hybrid. ${frame(group)} ${nth(['Path?', 'Which way does the media go?'], n)}`,
    slots: {},
    tags: ['many'],
  }));
}
