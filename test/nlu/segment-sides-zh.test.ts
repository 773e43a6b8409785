// "小綠那段路徑？", "王大同那一段的訊號", "我只問陳經理那通": the stretch of the call on someone's side ("那段",
// "這一段") or their call ("那通") asks about that side as "那端" does (cue.perspective). Studied zh20-112 and zh12-55
// asked back. "這通" stays a filler: "主管想知道這通有沒有經過 ER" asks about the call, not about the manager.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const words = ['那段', '這段', '那一段', '這一段'];
const chats: [string, string, string, string][] = [
  ['小綠', '總部', '小藍', '家'],
  ['小王', '家', '小林', '公司'],
];
const value = (place: string) => (place === '家' ? 'internet' : 'customerNetwork');

describe('someone\'s 那段 is asked about', () => {
  const cases = chats.flatMap(([a, pa, b, pb]) =>
    words.flatMap((word) => [
      [`[09:00] ${a}：我在${pa}\n[09:01] ${b}：我在${pb}，沒 VPN\nHybrid + ER，會議。${a}${word}路徑？`, value(pa)],
      [`[09:00] ${a}：我在${pa}\n[09:01] ${b}：我在${pb}，沒 VPN\nHybrid + ER，會議。${b}${word}的訊號？`, value(pb)],
    ]),
  );
  it.each(cases)('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'conference' });
  });
});

const callers: [string, string, string, string][] = [
  ['陳經理', '在家有連 VPN', '小林', '在公司座位上'],
  ['小林', '在公司座位上', '陳經理', '在飯店沒連 VPN'],
  ['Amy', '在總部', 'Ben', '在家'],
];
const said = (where: string) => (/(家|飯店)/.test(where) && !/有連 VPN/.test(where) ? 'internet' : 'customerNetwork');

describe('someone\'s 那通 is asked about', () => {
  const cases = callers.flatMap(([a, pa, b, pb]) =>
    [`我只問${a}那通：`, `${a}那通的 `, `想問${a}那通：`, `${a}那通 `].flatMap((ask) => [
      [`CCE 環境，${a}${pa}撥外線給客戶，${b}${pb}也在打外線。${ask}media 會不會跑到外網？`, said(pa)],
      [`CCE 環境，${b}${pb}撥外線給客戶，${a}${pa}也在打外線。${ask}media 會不會跑到外網？`, said(pa)],
    ]),
  );
  it.each(cases)('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'pstn' });
  });
});

describe('negatives', () => {
  it('這通 after someone who only wants to know is no side of theirs', () => {
    expect(slots('hybrid 環境，本人帳號在 online，在越南廠辦公室打 SfB 給台中總部財務的 Vivian（她帳號還在地端）。主管想知道這通有沒有經過 ER？')).toMatchObject({ location: 'customerNetwork', homing: 'online' });
  });
  it('a stretch of the path is no person\'s side', () => {
    expect(slots('我在家打外線，Online，Internet 那段會不會經過 ER？')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});
