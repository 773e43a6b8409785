// Where a meeting's organizer is, said right after the word for them ("召集人在國外", "the organizer is at home"), is
// nobody's place in the call: it was taken as the asked person's (dev zh17-148, a vague question read a location). The
// asked person's own place, said after it, still stands.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const zhOrganizers = ['召集人', '會議召集人', '主持人', '線上會議的召集人'];
const zhPlaces = ['在國外', '在家', '在飯店', '在出差'];
const enOrganizers = ['The organizer', 'The organiser', 'The meeting organizer', 'The host'];
const enPlaces = ['is abroad', 'is at home', 'is at a hotel', 'is working from home'];

describe('the organizer\'s place alone is nobody\'s', () => {
  it.each(zhOrganizers.flatMap((who) => zhPlaces.map((where) => `${who}${where}，我們這邊參加的人走哪條路？`)))('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });
  it.each(enOrganizers.flatMap((who) => enPlaces.map((where) => `${who} ${where}. What path do the people joining take?`)))('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });
});

describe('the asked person\'s own place after it stands', () => {
  it.each(zhOrganizers.flatMap((who) => zhPlaces.map((where) => `${who}${where}，我在公司參加，全部 Online，我走哪？`)))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
  });
  it.each(enOrganizers.flatMap((who) => enPlaces.map((where) => `${who} ${where}; I'm joining from the office. We're all SfB Online. My path?`)))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
  });
});
