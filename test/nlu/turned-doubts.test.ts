// Facts the writer leaves open in words the rules did not read as doubts (class-doubt A and class-unsure A answered
// them): a doubt turned against what was just said by a word after it ("he's at home - wait, I'm not sure anymore",
// "I'm homed on-prem, not sure though"); a place said on a condition ("at HQ unless the train is late", 「除非高鐵誤點」);
// a place a choice depends on ("depends on the trains"). Places offered as one or the other that say the same network leave no doubt of it
// ("either in the Boston office or the NY office"). Near misses: the same words beside facts stated firmly.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots as Record<string, string | undefined>;

describe('a fact left open is not said', () => {
  it.each([
    ['peer', "We're Online. Priya is in the Leeds office - hold on, I'm not sure anymore, she mentioned a dentist. I'm at home calling her."],
    ['peer', "Skype Online. I'm at my desk calling Tom, who's at the hotel - well, I'm not sure any more, he may have checked out."],
    ['homing', "Hybrid org, I'm in the office calling a landline. I'm homed on-prem, not sure though."],
    ['homing', "We're hybrid and I'm at HQ dialling a supplier's number. My account was moved to Online, not certain though."],
    ['location', "Online. I'll be at HQ for the call unless my flight is late. Calling Ana at home."],
    ['location', "All Skype Online. Unless the roads are blocked I'm in the office when I call Bo, who's at home."],
    ['location', "SfB Online, joining my manager's sync tomorrow; where I join from depends on the trains."],
    ['location', "All Online. I'll call the helpdesk line from wherever I am, depending on the traffic on the motorway."],
    ['peer', "Online, I'm at my desk calling Sven, who's either at the hotel or in the Oslo office, no idea which."],
    ['location', '我們全 Online。除非高鐵誤點，我會在總部打給在家的小美。'],
    ['peer', '全 Online，我在公司打給阿豪，他在家，除非他臨時進辦公室。'],
  ])('%s: %s', (slot, text) => {
    expect(slots(text)[slot]).toBeUndefined();
  });
});

describe('the same words beside facts stated firmly leave them said', () => {
  it.each([
    ['peer', 'internet', "We're Online. Priya is at home, not sure why though. I'm in the office calling her."],
    ['peer', 'internet', "We're Online. I'm in the office calling Priya; I'm sure though that she's at home."],
    ['location', 'customerNetwork', "Online. I'm calling Ana at home from the office. Unless she says otherwise, we use Skype."],
    ['location', 'customerNetwork', "Skype Online. I'm in the office calling Ana at home. Whether media hairpins depends on the firewall, I guess."],
    ['location', 'customerNetwork', "Skype for Business Online. Tomorrow I'm either in the Boston office or the NY office, both are ours. Joining my director's review."],
    ['peer', 'customerNetwork', "We're Online. I'm calling Ana from home; she'll either be in the Leeds office or the York office."],
    ['peer', 'internet', "Online. I'm in the office calling Ana, who might be at home or at the hotel."],
    ['location', 'customerNetwork', '我們全 Online。我在總部打給在家的小美，除了她以外大家都在公司。'],
  ])('%s stays %s: %s', (slot, value, text) => {
    expect(slots(text)[slot]).toBe(value);
  });
});
