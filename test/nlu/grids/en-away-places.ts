// Away places as an open class, from the blind phrase lists (/work/blind/lex/en.jsonl): someone else's home said by
// its owner ("at my mum's", "at a friend's", "at my in-laws"), a dorm, a client's side, trains by name. Place x frame
// x question: the writer's place, the Internet.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const PLACES = [
  "at my mum's", "at my mom's place", "at my sister's", "at my brother's", "at my in-laws", "at a friend's", "at my mate's place",
  'in my dorm room', 'at client side', "at the vendor's premises", 'on the Eurostar', 'on Amtrak', 'on the MRT',
];
const FRAMES = [
  (place: string) => `I'm ${place} this week and need to join a Skype meeting.`,
  (place: string) => `${place.charAt(0).toUpperCase()}${place.slice(1)} today, joining the Skype meeting from my laptop.`,
  (place: string) => `Joining our weekly Skype meeting ${place}.`,
];
const QUESTIONS = ['We are SfB Online. ER or internet?', "We're Skype Online only. Which path does my media take?"];

export function awayPlacesGrid(): GridItem[] {
  return product({ place: PLACES, frame: FRAMES }).map(({ place, frame }, n) => ({
    text: `${frame(place)} ${nth(QUESTIONS, n)}`,
    slots: { location: 'internet' },
    tags: [`place:${place}`],
  }));
}
