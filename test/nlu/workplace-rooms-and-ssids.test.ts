// Place words of session 61 (lane enplace): rooms of a workplace by their trade ("the radio room", "the ops floor",
// "the gatehouse"), an open Wi-Fi said by its SSID ("on LodgeGuest", "on HotelNet"), and a network the writer says is
// not ours ("the marina Wi-Fi (not ours)", "someone else's LAN"). Near misses: rooms of a home or a hotel, an SSID
// without an open word in it, "not ours" said of something that is no network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'en').slots;

describe('a room of the workplace by its trade is ours', () => {
  it.each([
    'We are on Skype for Business Online. The dispatcher in the radio room dials a farmer\'s landline. Which path?',
    'SfB Online tenant. I am on the ops floor and I ring a courier\'s mobile from Skype. Media path?',
    'Skype Online here. The guard at the gatehouse phones a contractor\'s landline through Skype. Signaling path?',
    'SfB Online. Joining the weekly stand-up from the patrol hut, does the media use ExpressRoute?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });

  it.each([
    'SfB Online. I am in my hotel room and I call a landline from Skype. Media path?',
    'SfB Online. I work from my home office and call a landline from Skype. Media path?',
  ])('a room of a home or a hotel stays the Internet: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });
});

describe('an open Wi-Fi named by its SSID is the Internet', () => {
  it.each([
    'SfB Online. The instructor at the lodge, on LodgeGuest, calls a parent\'s mobile from Skype. Media path?',
    'Skype Online tenant. I am on HotelNet and dial a landline with Skype. Which way does it go?',
    'SfB Online. She joined via Visitor_5G and rang a supplier\'s landline on Skype. Path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it('an SSID with no open word in it says nothing', () => {
    expect(slots('SfB Online. I am on BlueHeronNet and dial a landline with Skype. Which way does it go?').location).toBeUndefined();
  });
});

describe('a network said not to be ours is not our network', () => {
  it.each([
    'SfB Online. Our skipper is at the marina on the harbour Wi-Fi (not ours) and calls a mechanic\'s mobile on Skype. Path?',
    'SfB Online. The surveyor is at the depot (their network, not ours) and dials a landline from Skype. Path?',
    'SfB Online. I am at the venue on someone else\'s LAN and dial a landline from Skype. Path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it('"not ours" said of a meeting leaves the room ours', () => {
    expect(slots('SfB Online. The meeting is theirs, not ours. I join it from the office. Media path?')).toMatchObject({ location: 'customerNetwork' });
  });
});
