// Class-traps A (traps-en-27): "I'm in the office right now but I'll join the 4pm meeting from home". A place planned
// in the very clause of the call (a time ahead: "will", "tonight", 「會」「晚點」「下午」, and the call or the joining)
// is where the call is made; where the writer is now, said without a call, gives way to it (slots.ts, withoutEarlier).
// Near misses keep the place of now: a call of now beside a plan without one, a plan with no place, a call before.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the place of a planned call wins over where the writer is now', () => {
  it.each([
    ["Hybrid, I'm homed on-prem. I'm in the office right now but I'll join the 4pm meeting from home; Ana organizes it and she's Online.", 'internet'],
    ['Hybrid, all Online. At the moment I am at my desk, but I will ring Raj from the hotel tonight. Path?', 'internet'],
    ["We're hybrid, I'm Online. Right now I'm at home, but I'll dial into the all-hands from my desk at HQ after lunch. The organizer is Online.", 'customerNetwork'],
    ['我們是 hybrid，我是地端帳號。我現在在公司，但下午四點的會我會在家加入，召集人是 Online 的 Ana。', 'internet'],
    ['我們是 hybrid，全 Online。我現在人在辦公室，晚上會從飯店打給阿哲。', 'internet'],
    ['我們是 hybrid，我是 Online 帳號。我人還在高鐵上，晚點會在台北辦公室打給客戶的市話。', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

describe('the place of now stays beside a plan that is not the call', () => {
  it.each([
    ["Hybrid, all Online. I'm in the office right now; tomorrow I'll be at home. I'm calling Raj now.", 'customerNetwork'],
    ['Hybrid, all Online. Tomorrow I will join from home; right now I am calling Raj from the office.', 'customerNetwork'],
    ["We're hybrid, I'm Online. I'm at home now and I will join the 3pm meeting. The organizer is Online.", 'internet'],
    ["We're hybrid, I'm Online. Last time I joined from home; right now I'm in the office and will join the 3pm. The organizer is Online.", 'customerNetwork'],
    ['我們是 hybrid，全 Online。我明天會在家，不過現在在公司打給阿哲。', 'customerNetwork'],
    ['我們是 hybrid，我是 Online 帳號。昨天我在家加入會議，今天在公司，召集人是 Online。', 'customerNetwork'],
    ['我們是 hybrid，我是 Online 帳號。我現在在家，下午會加入週會，召集人是 Online。', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
