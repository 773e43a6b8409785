// A department's own servers are ours: 「我們業務部在自己的 Skype Server 上開的會」 read another company's servers (the
// department word, a person word, made 自己的 someone else's), so the meeting was hosted by another company. The
// department is part of an organization, ours unless another's is said before it. Near misses: 「客戶的業務部」,
// 「廠商業務部」, 「他們業務部」 keep another company's servers.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe("our department's own servers host on-premises", () => {
  it.each([
    '我們業務部在自己的 Skype Server 上開的會，我在家加入，Hybrid，我的媒體走哪？',
    '業務部在自己的 Skype Server 上開的會，我在家加入，Hybrid，我的媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', callType: 'conference', location: 'internet' });
  });
});

describe("near misses: another organization's department", () => {
  it.each([
    '客戶的業務部在自己的 Skype Server 上開的會，我在家加入，Hybrid，我的媒體走哪？',
    '廠商業務部在自己的 Skype Server 上開的會，我在家加入，Hybrid，我的媒體走哪？',
    '他們業務部在自己的 Skype Server 上開的會，我在家加入，我們是 Hybrid，我的媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', callType: 'conference' });
  });
});
