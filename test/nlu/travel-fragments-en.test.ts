// Asked back in round 28 (dev24 en43-17, en43-23): where the writer is, said as a fragment with no subject ("hotel wifi
// in Lyon.", "gate wifi at Schiphol."), was lost when a named datacenter held the Cloud Connector box ("our PSTN goes
// through Cloud Connector Edition in the Paris DC": the name "Paris" between the box and the DC left the DC read as
// somebody's place), and "gate wifi" was no network the vocabulary knew.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a Cloud Connector box in a named datacenter is the box's place", () => {
  it.each([
    'Cloud Connector Edition in the Paris DC',
    'Cloud Connector Edition in our London datacenter',
    'CCE (it sits in the Paris DC)',
    'the Cloud Connector in the Frankfurt DC',
  ])('hotel wifi in Lyon. our PSTN goes through %s …', (box) => {
    const text = `hotel wifi in Lyon. our PSTN goes through ${box} and all of us are homed in Skype Online. I need to call a customer's landline tonight. Internet or our ER?`;
    expect({ text, slots: slots(text) }).toEqual({ text, slots: { location: 'internet', deployment: 'cloudConnector', callType: 'pstn' } });
  });

  it('the question as written', () => {
    expect(
      slots("hotel wifi in Lyon. our PSTN goes through Cloud Connector Edition in the Paris DC and all of us are homed in Skype Online. I need to call a customer's landline tonight — is that going over the internet or our ER?"),
    ).toEqual({ location: 'internet', deployment: 'cloudConnector', callType: 'pstn' });
  });

  it('where the caller is, said of them, stays theirs beside the box', () => {
    expect(slots('We use CCE in the Paris DC. I am in the Leeds office and call a landline. Internet or ER?')).toEqual({
      location: 'customerNetwork',
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });

  it('"sitting in" after the box is said of people: a user sitting in the office is there', () => {
    expect(slots('We use CCE. A user on our Online pool sitting in the Paris office calls a landline. Internet or ER?')).toMatchObject({ location: 'customerNetwork' });
  });

  it('a place said with "from" is where someone calls from, not the box', () => {
    expect(slots('Cloud Connector tenant. Calls to landlines from the Paris office: internet or ER?')).toMatchObject({ location: 'customerNetwork' });
  });

  it('in Chinese, the box in a named machine room is not the caller\'s place', () => {
    expect(slots('我在里昂的飯店用飯店 wifi。我們的 PSTN 走台北機房的 Cloud Connector，大家都在 Skype Online。今晚要打客戶市話，走網際網路還是 ER？')).toEqual({
      location: 'internet',
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });
});

describe("a gate's wifi is the airport's", () => {
  it.each(['gate wifi at Schiphol', 'on the gate wi-fi at Heathrow', 'using the gate wifi in Frankfurt'])('%s, joining a meeting', (place) => {
    const text = `boarding in 20 min, ${place}. Joining the quarterly pipeline review that Lars set up. we're all-in on Skype for Business Online. sig + media path for me?`;
    expect({ text, slots: slots(text) }).toEqual({ text, slots: { location: 'internet', organizer: 'online', deployment: 'online', callType: 'conference' } });
  });

  it.each([
    "I'm in the gatehouse at the plant, on the corporate LAN",
    "I'm at the gate office of our Rotterdam terminal, on the WAN",
  ])('%s: a gate of ours is our network', (place) => {
    expect(slots(`${place}, joining a meeting Lars set up. SfB Online only. path for me?`)).toMatchObject({ location: 'customerNetwork' });
  });

  it('in Chinese, 登機門的 wifi', () => {
    expect(slots('在桃園機場登機門連機場 wifi，要加入 Lars 開的會議，我們全部 Skype for Business Online。我的路徑？')).toMatchObject({ location: 'internet' });
  });
});
