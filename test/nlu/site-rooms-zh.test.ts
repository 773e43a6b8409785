// A room of ours inside a site that could be anyone's ("診所櫃台", "大學值班室"): the site alone (a clinic, a
// university) may be a place someone visits, but a counter or a duty room there is where its staff work, as a room
// the vocabulary knows ("醫院辦公室") already is. Places whose morphemes disagree, or that end on a word that could be
// anyone's, still ask. (English reads rooms from its own vocabulary, not from morphemes: no such class there.)
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a room of ours inside a site that could be anyone\'s', () => {
  it.each([
    '我們全部 Online。護理師在診所櫃台打給在家的主任，一對一，護理師的路徑？',
    '全部 Online，助教在大學值班室用 Skype 打給在家的教授，助教這端走哪？',
  ])('is our network: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });

  // A room named by a person word and the bare head 室 ("會計室", "品管室"): the vocabulary reads only 室, and the site's
  // doubt before it used to leave that lone head saying nothing.
  it.each([
    '全院都在 Skype Online。我在醫院會計室用 Skype 打給在家的出納，我這端走哪？',
    '我們全部 Online。組長在診所品管室打給在家的護理師，一對一，組長的路徑？',
  ])('a room named by a person word is our network too: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });

  it.each([
    // Nearby a site: still could be anywhere.
    '全部 Online，我在醫院附近用 Skype 打給同事，走哪？',
    // A hotel's meeting room: the morphemes disagree.
    '全部 Online，我在飯店會議室用 Skype 打給同事，走哪？',
  ])('leaves a place that could be anyone\'s to be asked: %s', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });
});
