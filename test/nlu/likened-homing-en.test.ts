// Homing said once for two people: "Tom is on-prem, same as me", "she's Online just like me", and "we're both on the
// on-prem server" beside the one host of a meeting (the writer and the host). Someone else likened to, or a pair that
// is not the host, says nothing of the host.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('someone likened to the writer is homed where the writer is', () => {
  it.each([
    ['Tom is on-prem homed, same as me.', 'onPremises'],
    ['Tom is on-prem homed, the same as me.', 'onPremises'],
    ['Tom is on-prem homed, like me.', 'onPremises'],
    ["Tom's account is Online, just like me.", 'online'],
    ['Tom is still on the old pool like me.', 'onPremises'],
    ['Tom was moved to Online, same as me.', 'online'],
  ])('a call: %s', (said, homing) => {
    expect(slots(`Hybrid. I call Tom from the office, he's in the office. ${said} My path?`)).toEqual({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      homing,
      peerHoming: homing,
    });
  });

  it.each([
    ["She's Online, like me.", 'online'],
    ["She's Online, same as me.", 'online'],
    ["She's Online just like me.", 'online'],
    ["She's still on our on-prem Skype servers, same as me.", 'onPremises'],
    ['She is homed on-prem like me.', 'onPremises'],
  ])('a meeting: %s', (said, homing) => {
    expect(slots(`Hybrid. I'm at home joining the meeting my boss runs. ${said} Path?`)).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'internet',
      homing,
      organizer: homing,
    });
  });

  it('a host who is, with the writer, still on the servers', () => {
    expect(slots("Hybrid. Meeting organized by my manager, who's still on our on-prem Skype servers, same as me. I'm joining from the office. Media?")).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'onPremises',
    });
  });

  it('a place likened to the writer is the writer\'s too', () => {
    expect(slots("It's a 1:1 call with Jenny, she's in the office too, same as me. Skype Online. Path?")).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('someone else likened to says nothing of the call', () => {
  it("I'm homed Online, like our CEO: the CEO is not the one called", () => {
    expect(slots("Hybrid. I'm homed Online, like our CEO. I call Tom, he's on-prem; we're both in the office. My path?")).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
    });
  });

  it('an example after "like" still takes what is said before it', () => {
    expect(slots('Hybrid. An on-prem user like Tom calls me; I am Online. Both in the office. My path?')).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
    });
  });

  it('"looks like" is no likening', () => {
    expect(slots("Hybrid. I'm on-prem, in the office. Looks like my manager set up the meeting. Path?")).not.toHaveProperty('organizer');
  });
});

describe('"both of us" beside the one host of a meeting', () => {
  it.each(['Both of us are on the on-prem server.', "We're both on the on-prem server.", 'We are both on-prem homed.', 'The two of us are on the on-prem pool.', 'He and I are both on the on-prem server.'])(
    '%s',
    (said) => {
      expect(slots(`Hybrid. I'm at home joining the meeting Mr. Hughes set up. ${said} Path?`)).toEqual({
        deployment: 'hybrid',
        callType: 'conference',
        location: 'internet',
        homing: 'onPremises',
        organizer: 'onPremises',
      });
    },
  );

  it.each([
    'Tom and I are both on the on-prem server.',
    "I'm joining with Tom. We're both on the on-prem server.",
    'My colleague joins too. Both of us are on the on-prem server.',
  ])('not when someone else is the other of the two: %s', (said) => {
    expect(slots(`Hybrid. I'm at home joining the meeting Mr. Hughes set up. ${said} Path?`)).not.toHaveProperty('organizer');
  });

  it("not when the host is another company's", () => {
    expect(slots("Hybrid. I'm at home joining a meeting a vendor set up. We're both on the on-prem server. Path?")).not.toHaveProperty('organizer', 'onPremises');
  });
});
