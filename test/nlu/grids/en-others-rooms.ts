// "in the client's boardroom", "at my mum's office": a room of ours by its word, owned by someone outside the
// organization, is their place: the Internet (othersRooms.ts). Owner x room x frame x question. Negatives: rooms of
// our own people ("my manager's office", "a colleague's lab") stay our network.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const OUTSIDE_OWNERS = ["the client's", "a customer's", "our vendor's", "the supplier's", "my mum's", "my mate's", "my sister's", "a friend's", "the customer's"];
// "the senior partner's office" is left out: "partner" alone reads as a federated partner (a known debt).
const OUR_OWNERS = ["my manager's", "a colleague's", "the CEO's", "my boss's", "the head nurse's"];
const ROOMS = ['boardroom', 'office', 'lab', 'warehouse', 'studio', 'meeting room', 'training room', 'control room'];
const FRAMES = [
  (place: string) => `I'm in ${place} today and joining a Skype meeting.`,
  (place: string) => `Joining the weekly Skype meeting from ${place}.`,
  (place: string) => `Sitting in ${place} right now, I need to join a Skype meeting.`,
];
const QUESTIONS = ['We are SfB Online. ER or internet?', "We're Skype Online only. Which path does my media take?", 'Online tenant. Does my signaling use ExpressRoute?'];

function grid(owners: readonly string[], value: 'internet' | 'customerNetwork'): GridItem[] {
  return product({ owner: owners, room: ROOMS, frame: FRAMES }).map(({ owner, room, frame }, n) => ({
    text: `${frame(`${owner} ${room}`)} ${nth(QUESTIONS, n)}`,
    slots: { location: value },
    tags: [`owner:${owner}`, `room:${room}`],
  }));
}

export const othersRoomsGrid = (): GridItem[] => grid(OUTSIDE_OWNERS, 'internet');
export const ourPeoplesRoomsGrid = (): GridItem[] => grid(OUR_OWNERS, 'customerNetwork');
