// Round 11's place classes (en-location.ts): a network named by whom it serves, the Internet asked as where a call
// goes, job titles of new voices, hotels by their chain, an assistant called, a client's premises and a GSM number.
// Floors a little under what the recognizer reaches; no wrong readings. GRID_REPORT=1 prints the misses and wrong
// readings.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { assistantGrid, goesOutGrid, hotelChainGrid, ownNetworkGrid, premisesAndNumbersGrid, tradesGrid } from './en-location';

const recognizer = createRecognizer();

describeHeldGrids('round-11 places: %s', recognizer, [
  // On f522b7c: 59.7% (71/119), 0 wrong. Left: "our firm network" ("our firm" is everyone in it, party.all).
  { name: 'a network named by whom it serves (network x frame)', build: ownNetworkGrid, floor: 0.95, size: 128 },
  // On f522b7c: 60.0%: the Internet asked about against the office said, nothing read.
  { name: 'the Internet asked as where a call goes (place x question)', build: goesOutGrid, floor: 0.98, size: 65 },
  // On f522b7c: 66.4% with 39 wrong readings (an unknown title is no person: the colleague's place was theirs).
  { name: 'job titles of new voices (title x place x frame)', build: tradesGrid, floor: 0.97, size: 675 },
  // On 0d1cfde: 8.3% with 2 wrong readings (a hotel named by its chain was a name: another place said won).
  { name: 'a hotel named by its chain (hotel x frame)', build: hotelChainGrid, floor: 0.98, size: 72 },
  // On 0d1cfde: 26.7% with 1 wrong reading ("assistant" asked for help: no one called, their place the caller's).
  { name: 'an assistant called (assistant x form x place)', build: assistantGrid, floor: 0.97, size: 88 },
], ['location', 'peer'], 'en');

describeHeldGrids('round-11 places: %s', recognizer, [
  // On f522b7c: 50.0% with 17 wrong readings ("premises" homed on-premises, a customer's GSM number a federated peer).
  { name: 'a client\'s premises and a GSM number (premises x number)', build: premisesAndNumbersGrid, floor: 1, size: 12 },
], ['location', 'peer', 'homing', 'callType'], 'en');
