// Another company's in-house or internal servers ("the client's in-house Lync", "the vendor's internal Skype server",
// 「客戶自己架的 Lync」) host that company's meetings: the organizer is the other company. "in-house" read as a room of
// theirs left the server alone, read as our on-premises pool: homing on-premises and a hybrid deployment, a wrong
// answer. Our own in-house servers stay ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("another company's in-house servers", () => {
  it.each([
    "From the office I'm joining a conference hosted on the customer's in-house Skype server. Media path?",
    "Joining a meeting on the supplier's in-house Lync, I'm at my desk. What's the path?",
    'I am in the office and the meeting runs on the client\'s in-house Lync. How does signaling go?',
    "We're at HQ, joining a meeting on the vendor's internal Skype for Business server. Path for media?",
    'The partner hosts the call on their own in-house Lync server and I dial in from the office. Route?',
  ])('reads the meeting as hosted by the other company, never our homing: %s', (text) => {
    const found = slots(text);
    expect(found).toMatchObject({ organizer: 'otherCompany', callType: 'conference' });
    expect(found).not.toHaveProperty('homing');
    expect(found).not.toHaveProperty('deployment');
  });

  it.each([
    '我在公司加入對方公司自己的 Skype 伺服器上的會議，媒體怎麼走？',
    '客戶自己架的 Lync 開的會議，我在辦公室參加，訊號怎麼走？',
    '廠商用他們自己內部的 Skype 伺服器開會，我人在公司，媒體路徑？',
  ])('reads 自己/內部 servers of another company as theirs: %s', (text) => {
    const found = slots(text);
    expect(found).toMatchObject({ organizer: 'otherCompany' });
    expect(found).not.toHaveProperty('homing');
    expect(found).not.toHaveProperty('deployment');
  });

  it('keeps our own in-house server ours', () => {
    expect(slots('Hybrid. I join a meeting hosted on our in-house Skype server from the office.')).not.toMatchObject({ organizer: 'otherCompany' });
  });
});
