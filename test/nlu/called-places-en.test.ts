// Round 56's English dev questions (dev46): a caller of whom nothing else was said was put on our network by the
// room whose landline was called ("rings the ticket office landline"), and the vague question was answered. A room
// right before the line called is whose line it is; where the caller is, said, still counts, and a room with its
// owner's "'s" is read as before.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a room before the landline called is whose line it is', () => {
  it.each([
    'We are on SfB Online with Cloud Connector. Our lead cellist rings the ticket office landline from the Skype client. Signaling and media?',
    'Online plus CCE. The choir master calls the parish office landline in Skype. Which path?',
    'Skype Online with Cloud Connector: the night porter dials the site office landline from Skype. Route?',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
    expect(found.location).toBeUndefined();
  });

  it.each([
    ["I'm at home on my own wifi and call the site office landline from Skype. We're Online with CCE. Path?", 'internet'],
    ['From my desk on the corporate LAN I ring the branch office landline with Skype. Online with CCE. Path?', 'customerNetwork'],
    ["On the hotel wifi I called the Leeds office's landline with Skype. We're Skype Online. Which path?", 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'pstn' });
  });
});
