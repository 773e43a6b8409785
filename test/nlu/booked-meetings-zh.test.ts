// Booking a meeting says who hosts it as setting it up does ("老闆訂的會", "協理預約的會議", "處長預訂了一場會議"), and
// a company-wide meeting is a meeting by any of its names ("總經理的全員大會", "新人教育訓練", "主管會報"): og1zh-5,
// og1zh-9 and og1zh-19 asked for the organizer they had said. "預約的會議" is segmented 預 + 約的會議: the character
// left alone belongs to the hosting after it. Booking anything else hosts nothing ("訂了機票"), "預定" of a time
// neither, and a big meeting room is still a room.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOSTS = ['老闆', '協理', '總經理', 'HR 的 Sandy'];
const BOOKINGS = ['訂的會', '預約的會議', '預訂的 Skype 會議', '訂了一場會議', '預定的會議', '預約了一個會議'];
const HOMINGS: [string, 'online' | 'onPremises'][] = [
  ['還在地端 pool', 'onPremises'],
  ['已經搬到 Online', 'online'],
];

describe('a meeting booked by someone is hosted where they are homed', () => {
  const grid = HOSTS.flatMap((host, h) =>
    BOOKINGS.flatMap((booking, b) => {
      const [homing, organizer] = HOMINGS[(h + b) % HOMINGS.length];
      const again = host.replace(/^HR 的 /, '');
      return [[`我們公司 hybrid，我是 Online 帳號，在公司用內網。${host}${booking}，${again}${homing}，我的訊號跟媒體走哪？`, organizer] as const];
    }),
  );
  it.each(grid)('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, homing: 'online', deployment: 'hybrid', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('a company-wide meeting by its names', () => {
  const meetings = ['全員大會', '員工大會', '新人教育訓練', '主管會報', '座談會'];
  it.each(meetings.map((meeting) => `我們公司 hybrid，我也是地端帳號，在公司大會議室用有線網路參加。明天總經理的${meeting}，總經理的帳號在我們的 Lync 伺服器上（地端那台，還沒搬），走 ER 嗎？`))('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('negatives: booking nothing of a meeting, and a big room', () => {
  it('"老闆訂了機票" hosts nothing: the call to them stays a call', () => {
    expect(slots('我們 hybrid，老闆訂了機票，老闆在地端。我在公司打給老闆，我是 Online 帳號，走哪')).toMatchObject({ callType: 'peerToPeer', peerHoming: 'onPremises' });
  });
  it('"預定明天到" is a time, not a hosting', () => {
    expect(slots('我們 hybrid，協理預定明天到，協理在地端。我在公司打給協理，我是 Online 帳號，走哪')).toMatchObject({ callType: 'peerToPeer', peerHoming: 'onPremises' });
  });
  it('"大會議室" is still a room of ours', () => {
    expect(slots('全部 Skype Online。我在 3 樓大會議室打給在家的同事，我這端走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

// The meeting first, then who booked it ("會議是同組同事訂的", zh46-20): 訂的 after the host says it as 開的 does.
describe('a meeting said to be booked by someone, after a copula', () => {
  const grid = HOSTS.flatMap((host, h) =>
    ['訂的', '預訂的', '預約的'].map((booked, b) => {
      const [homing, organizer] = HOMINGS[(h + b) % HOMINGS.length];
      const again = host.replace(/^HR 的 /, '');
      return [`我們公司 hybrid，我是 Online 帳號，在公司用內網。要加入 Skype 會議，會議是${host}${booked}，${again}${homing}，我的訊號跟媒體走哪？`, organizer] as const;
    }),
  );
  it.each(grid)('%s -> %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, homing: 'online', deployment: 'hybrid', location: 'customerNetwork', callType: 'conference' });
  });
  it('reads a colleague of an all-Online company as hosting Online', () => {
    expect(slots('在家上班，筆電有連公司 VPN。要加入 Skype 會議，會議是同組同事訂的。我們公司全部都是 Skype for Business Online。這樣我的訊號跟媒體走哪？')).toMatchObject({ organizer: 'online', deployment: 'online', callType: 'conference' });
  });
  it('"會議室是我訂的" books a room, not a meeting', () => {
    const read = slots('會議室是我訂的，全公司都是 Skype Online，我在會議室撥外線給客戶，走哪？');
    expect(read).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
    expect(read).not.toHaveProperty('organizer');
  });
  it('"房間是公司幫我訂的" books a hotel room', () => {
    expect(slots('全公司都是 Skype Online，我在飯店，房間是公司幫我訂的，撥外線給客戶，走哪？')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});
