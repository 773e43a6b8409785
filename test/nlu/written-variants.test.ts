// Words as people write them: a product name spelled with -er ("cloud connecter"), a landline called a fixed number
// (as French, Spanish and German writers put it), and 「內部」 naming an internal event (「內部記者會」), not a place.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('written variants of the vocabulary', () => {
  it.each([
    'our phone lines go through cloud connecter and everyone is on skype for business online. I am at my desk in the office ringing an outside number',
    'Skype Online with the Cloud Connecter Edition. From our head office network I dial a supplier\'s landline.',
  ])('reads "cloud connecter" as Cloud Connector: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
  });

  it.each([
    'We are Skype Online with CCE. From the Lyon office I ring the fixed number of a supplier.',
    'Online tenant, Cloud Connector for phones. I am at home calling a fixed-line number of a customer on Skype.',
  ])('reads a fixed number as a phone number: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
  });

  it.each([
    '人資下個月要用 Skype 會議做內部說明會，我們全 Online，同仁的流量走哪？',
    '公關部要用 Skype 會議廣播開內部記者會，我們是純 Online，收看的人走哪條？',
  ])('reads an internal event as no place: %s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'online' });
    expect(read).not.toHaveProperty('location');
  });
});
