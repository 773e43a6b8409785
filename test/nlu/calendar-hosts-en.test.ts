// Asked back in the organizer set (dev26 og1en-13): "a normal Skype meeting that Ana from finance put on the calendar"
// (a Cloud Connector tenant, everyone homed Online). Whoever put a meeting on the calendar set it up: "put on the
// calendar" is a verb of hosting. "put it on the calendar" is not: an attendee says it of a meeting someone else sent.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the one who put a meeting on the calendar hosts it', () => {
  it.each([
    ['We use Cloud Connector Edition for our phone numbers', 'cloudConnector'],
    ["We're all on Skype for Business Online", 'online'],
  ])('%s: a meeting Ana put on the calendar', (setup, deployment) => {
    const text = `${setup}, but this is just a normal Skype meeting that Ana from finance put on the calendar, no PSTN. I'm in the office. Does the meeting itself go over our ExpressRoute?`;
    expect({ text, slots: slots(text) }).toEqual({ text, slots: { location: 'customerNetwork', organizer: 'online', deployment, callType: 'conference' } });
  });

  it("in a hybrid, where that host is homed is where it is hosted", () => {
    expect(slots("Hybrid. The review Ana put on the calendar: she's still on-prem. I'm Online, at my desk in the office. ER?")).toMatchObject({
      organizer: 'onPremises',
      homing: 'online',
    });
  });
});

describe('what does not make a host', () => {
  it("an attendee who put someone else's meeting on their calendar", () => {
    expect(slots("Hybrid. Ana's review: I put it on the calendar. She's on-prem, I'm Online, in the office. ER?")).not.toMatchObject({ organizer: 'online' });
  });
});
