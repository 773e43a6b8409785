// A ticket's attendee list: "- 工程師 Kelly：帳號在地端，人在實驗室 / - 廠商工程師：在他們公司 / - 專案經理：帳號在 Online，
// 人在機場". "廠商工程師" was linked to "工程師 Kelly" as the same engineer, so the vendor's company went to Kelly, who then
// hosted the meeting, and the project manager's place and homing became the user's (wrong after asking). Now a title
// said right after another company's word is theirs, never one of ours named before; and in a meeting whose host is
// named otherwise, another company's attendee is a guest, not its host.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HEAD = '【服務請求】SR-1120 / 部署：混合式（部分地端、部分 Online），ExpressRoute 已啟用 / 會議召集人：研發處長（帳號在內部部署 SfB Server） / 與會者：';
const KELLY = ' / - 工程師 Kelly：帳號在地端，人在新竹研發中心實驗室（公司網路）';
const VENDOR = ' / - 廠商工程師：在他們公司';
const PM = ' / - 專案經理：帳號在 Online，人在機場';

describe("another company's engineer is not ours named again", () => {
  it.each([
    [`${HEAD}${KELLY}${VENDOR}${PM} / 請協助說明 Kelly 加入此會議的訊號與媒體路徑。`],
    [`${HEAD}${PM}${VENDOR}${KELLY} / 請協助說明 Kelly 加入此會議的訊號與媒體路徑。`],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing: 'onPremises', organizer: 'onPremises', callType: 'conference' });
  });

  it('the project manager asked about gets their own place and homing', () => {
    expect(slots(`${HEAD}${KELLY}${VENDOR}${PM} / 請協助說明專案經理加入此會議的訊號與媒體路徑。`)).toMatchObject({ location: 'internet', homing: 'online', organizer: 'onPremises' });
  });

  // Near misses: with no host named, another company's people may host it, and nothing of theirs is Kelly's.
  it.each([
    ['混合式部署。客戶開的會，客戶工程師在他們公司、工程師 Kelly 在總部加入。Kelly 的媒體路徑？'],
    ['混合式部署。廠商工程師在他們公司開會，工程師 Kelly 在總部加入。Kelly 的媒體路徑？'],
  ])('%s', (text) => {
    const got = slots(text);
    expect(got.location).toBe('customerNetwork');
    expect(got.organizer).toBeUndefined();
  });

  it('an English vendor engineer beside ours is a guest', () => {
    const got = slots('Hybrid. Meeting organizer: our R&D director (homed on-prem). Attendees: engineer Kelly, homed on-prem, in the lab on the corporate network; a vendor engineer at their own company. What are Kelly\'s paths?');
    expect(got.location).toBe('customerNetwork');
    expect(got.organizer === undefined || got.organizer === 'onPremises').toBe(true);
  });
});
