// Chinese homings said as a migration done or not yet ("已遷移至 SfB Online", "我的帳號也一樣還沒遷") or as the on-premises
// machine ("帳號是地端那台"): the accounts were nobody's homing (studied zh11-105, zh20-77, zh23-66, zh23-83). Vocabulary
// only (homed.online / homed.onPremises).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const ONLINE = ['已遷移至 SfB Online', '遷移至 Skype Online', '已遷移至商務用 Skype Online', '遷移到 SfB Online', '遷移至雲端', '已遷移至 Online'];
const ON_PREMISES = ['還沒遷', '也一樣還沒遷', '是地端那台', '還沒遷到雲端'];
const SUBJECTS = ['我的帳號', '陳副理的帳號', '我'];

describe('a migration done is Online', () => {
  it.each(ONLINE.flatMap((said) => SUBJECTS.map((who) => `混合式。${who}${said}，在公司打外線，走哪？`)))('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'online' });
  });
  it.each(ONLINE.map((said) => `混合式。陳副理（${said}）在公司打外線，陳副理走哪？`))('%s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'online', location: 'customerNetwork' });
  });
});

describe('a migration not done, or the on-premises machine, is on-premises', () => {
  it.each(ON_PREMISES.flatMap((said) => ['我的帳號', '我帳號'].map((who) => `混合式。${who}${said}，我在公司打外線，走哪？`)))('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'onPremises' });
  });
  it('a host not yet migrated and the writer likewise', () => {
    expect(slots('地端 SfB Server 和 Online 混著用的環境。這個會是還沒遷移的總務主任召集的，我的帳號也一樣還沒遷，我在行政大樓參加，會走 ER 嗎？')).toMatchObject({ homing: 'onPremises', organizer: 'onPremises', location: 'customerNetwork' });
  });
});
