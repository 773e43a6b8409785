// "Wi-Fi" written with its hyphen is read as "wifi" in every phrase of the vocabulary (src/nlu/tables.ts): "on the hotel
// Wi-Fi" had read "hotel" and two stray words, so a corporate LAN said of the same writer won and the call was answered
// where the two places should have been asked about (found by the outside try's hostile set).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a Wi-Fi phrase with its hyphen', () => {
  it.each([
    ['We are on Skype Online. I am on the hotel Wi-Fi and call a colleague in the office. My media path?', 'internet'],
    ['We are on Skype Online. I am on the hotel wifi and call a colleague in the office. My media path?', 'internet'],
    ['We are on Skype Online. I am on the company Wi-Fi and call a colleague in the office. My media path?', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, peer: 'customerNetwork', callType: 'peerToPeer' });
  });

  it('disagrees with a LAN said of the same person, so the place is asked', () => {
    const read = slots('We are on Skype Online. I am at the head office on the corporate LAN, and also on the hotel Wi-Fi. I call a colleague in the office.');
    expect(read.location).toBeUndefined();
  });
});
