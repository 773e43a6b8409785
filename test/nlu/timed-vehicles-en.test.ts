// "I'm on the 7:40 train with my phone tethered": a departure time between "the" and the vehicle cut "on the train"
// apart, and the writer's place was lost (round 30, dev27). A time before a vehicle says which one it is; the place is
// the vehicle. A time slot before a meeting still names the meeting ("the 10am sync", slotMeetings.ts).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  "I'm on the 7:40 train with my phone tethered, joining the standup I booked. We're all on Skype Online. Internet or ExpressRoute?",
  "I'm on the 8am flight with in-flight wifi, joining the standup I booked. We're all on Skype Online. Internet or ExpressRoute?",
  "I'll be on the 18.05 bus, joining the standup I booked. We're all on Skype Online. Internet or ExpressRoute?",
])('places the writer on the vehicle: %s', (text) => {
  expect(slots(text)).toMatchObject({ location: 'internet', deployment: 'online', callType: 'conference' });
});

it('keeps a time slot naming a meeting', () => {
  expect(slots("I'm in the office joining the 10am sync. We're all on Skype Online. What path does media take?")).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
});
