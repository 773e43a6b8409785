// Asked back in the organizer set (dev26 og1en-21): "customer's meeting, hosted on their Skype for Business Server in
// their own DC. we're full SfB Online". "customer's" without an article was no company (the host was nobody's, and
// "Skype for Business Server" made the writer's own deployment hybrid), and "their Skype for Business Server" or
// "their infrastructure" without "own" was not another company's servers.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("another company's meeting on its own servers", () => {
  it.each([
    "customer's meeting, hosted on their Skype for Business Server in their own DC",
    "customer's meeting, hosted on their Skype for Business Server",
    "a supplier's meeting, running on their infrastructure",
    "the partner's Skype meeting, hosted on their Skype for Business servers",
  ])('%s', (meeting) => {
    const text = `${meeting}. we're full SfB Online. I'm on my phone's 5G hotspot in the van. does any of it use our ExpressRoute?`;
    expect({ text, slots: slots(text) }).toEqual({
      text,
      slots: { location: 'internet', organizer: 'otherCompany', deployment: 'online', callType: 'conference' },
    });
  });

  it('in Chinese, 客戶的會議，在他們自己的 Skype for Business Server 上', () => {
    expect(slots('客戶的會議，開在他們自己機房的 Skype for Business Server 上。我們全部 SfB Online。我在車上用手機 5G 熱點，會走我們的 ExpressRoute 嗎？')).toMatchObject({
      location: 'internet',
      organizer: 'otherCompany',
    });
  });
});

describe('what is not another company hosting', () => {
  it("a customer's meeting in Microsoft's cloud says nothing of its servers", () => {
    expect(slots("customer's meeting, in Microsoft's cloud. we're full SfB Online. I'm at my desk in the office. ER?")).not.toHaveProperty('organizer');
  });

  it("a customer's landline is a phone call, not a meeting", () => {
    expect(slots("customer's landline: I call it from my desk in the office. SfB Online only. ER?")).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
  });
});
