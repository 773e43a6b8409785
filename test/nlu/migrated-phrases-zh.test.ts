// Chinese homings said as a migration done ("已遷移至 SfB Online", "遷移至商務用 Skype Online") or as the on-premises machine
// ("帳號是地端那台"): the accounts were nobody's homing (studied zh11-105, zh20-77, zh23-66). Vocabulary only (homed.online /
// homed.onPremises). A bare "還沒遷" is left out: as a phrase it splits "還沒遷移到 SfB Online" (read by the negation) and
// says no homing of a home ("我家還沒遷").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const ONLINE = ['已遷移至 SfB Online', '遷移至 Skype Online', '已遷移至商務用 Skype Online', '遷移到 SfB Online', '遷移至雲端', '已遷移至 Online'];
const ON_PREMISES = ['是地端那台', '還沒遷到雲端', '還沒遷移到 SfB Online'];
const SUBJECTS = ['我的帳號', '陳副理的帳號', '我'];

describe('a migration done is Online', () => {
  it.each(ONLINE.flatMap((said) => SUBJECTS.map((who) => `混合式。${who}${said}，在公司打外線，走哪？`)))('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'online' });
  });
  it.each(ONLINE.map((said) => `混合式。陳副理（${said}）在公司打外線，陳副理走哪？`))('%s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'online', location: 'customerNetwork' });
  });
});

describe('the on-premises machine, or a migration not done, is on-premises', () => {
  it.each(ON_PREMISES.flatMap((said) => ['我的帳號', '我帳號'].map((who) => `混合式。${who}${said}，我在公司打外線，走哪？`)))('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'onPremises' });
  });
  it.each(['我家還沒遷', '辦公室還沒遷'])('negative: a move not of an account (%s) is no homing', (said) => {
    expect(slots(`混合部署，${said}，我在公司撥外線，走哪？`)).not.toHaveProperty('homing');
  });
});
