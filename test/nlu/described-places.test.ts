// Wrong and asked-back answers of the blind set of traps: "The guest wifi is for visitors, I'm on the corporate SSID.
// In the office." put the writer on the Internet (the visitors were read as the user, the writer as the other party);
// "I'm at the airport lounge (not the office, the office is where the CCE box lives)" left the writer's place in doubt.
// A place described, said to be for a group (is for, is meant for, is reserved for, 是給…用的) or where something is
// (is where, …的地方), is where nobody is, and the group is nobody in the call. Written for the grid: places x ways of
// describing them x the writer's own place, with places someone is on that stay.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const PLACES_EN = ['The guest wifi', 'The guest network', 'The visitor wifi', 'The guest SSID'];
const SERVING_EN = ['is for visitors', 'is only for guests', 'is meant for visitors', 'is reserved for guests', 'is just for contractors'];
const MINE_EN = ["I'm on the corporate SSID", "I'm on the corp wifi", "I'm plugged into the office LAN"];
const PLACES_ZH = ['訪客 wifi', '訪客網路', '來賓 Wi-Fi'];
const SERVING_ZH = ['是給來賓用的', '是給客人用的', '是給訪客使用的'];
const MINE_ZH = ['我連的是公司 wifi', '我用公司網路', '我接公司內網'];

describe('a place said to be for a group is nobody’s', () => {
  it.each(product<string>([PLACES_EN, SERVING_EN, MINE_EN]))('%s %s, %s. SfB Online, joining an Online meeting. Path?', (place, serving, mine) => {
    expect(slots(`${place} ${serving}, ${mine}. We are SfB Online, joining a meeting an Online user organized. Path?`)).toEqual({
      location: 'customerNetwork',
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });

  it.each(product<string>([PLACES_ZH, SERVING_ZH, MINE_ZH]))('%s%s，%s。', (place, serving, mine) => {
    expect(slots(`${place}${serving}，${mine}。我們是 SfB Online，要加入 Online 使用者開的會議，路徑？`)).toEqual({
      location: 'customerNetwork',
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });
});

describe('a place someone is on stays', () => {
  it.each([
    "I'm on the guest wifi, which is for visitors. SfB Online, joining a meeting an Online user organized. Path?",
    "I'm on the guest wifi. We are SfB Online, joining a meeting an Online user organized. Path?",
    '我連的是訪客 wifi，那是給來賓用的。我們是 SfB Online，要加入 Online 使用者開的會議，路徑？',
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });

  it('a meeting for the visitors still has its people', () => {
    expect(slots("I'm at home and the meeting is for visitors, organized by an Online user. SfB Online. Path?").location).toBe('internet');
  });
});

// "I'm at the airport lounge right now (not the office lol, the office is where the CCE box lives)": a place said to be
// where something is, is said of no one; it left the writer's place in doubt and the question asked back.
const WHERE_EN = ['the office is where the CCE box lives', 'HQ is where our Cloud Connector sits', 'the office is where the servers are'];
const AWAY_EN = ["I'm at the airport lounge right now", "I'm at home today", "I'm on hotel wifi"];
const WHERE_ZH = ['辦公室是放 CCE 設備的地方', '總部是放伺服器的地方'];
const AWAY_ZH = ['我現在在機場貴賓室', '我今天在家', '我在飯店'];

describe('a place said to be where something is, is nobody’s', () => {
  it.each(product<string>([AWAY_EN, WHERE_EN]))('%s (not the office, %s). Calling a landline, CCE for PSTN. Path?', (away, where) => {
    expect(slots(`We use CCE for PSTN. ${away} (not the office lol, ${where}). Calling a landline. Path?`)).toEqual({
      location: 'internet',
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });

  it.each(product<string>([AWAY_ZH, WHERE_ZH]))('%s（不是辦公室啦，%s）', (away, where) => {
    expect(slots(`我們 PSTN 用 CCE。${away}（不是辦公室啦，${where}）。打市話，路徑？`)).toEqual({
      location: 'internet',
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });

  it.each([
    'We use CCE for PSTN. The office is where I am today. Calling a landline. Path?',
    '我們 PSTN 用 CCE。公司是我今天上班的地方，我在公司。打市話，路徑？',
  ])('a place said to be where the writer is stays: %s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});
