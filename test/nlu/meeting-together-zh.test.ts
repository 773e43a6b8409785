// "我跟 A、B 在會議室開 Skype 會議": people named with the writer who hold a meeting together attend it (issue 15,
// nlu85). The last of them was read as its host, so where they sit was nobody's and their homing the organizer's.
// "A 開的會" still names the host.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('held together with the writer: the one asked about attends, where they sit and how they are homed are theirs', () => {
  it.each([
    '混合部署。我跟 Rita 在十樓會議室開 Skype 會議，Rita 帳號已經在 Online，想問 Rita 的路徑',
    '混合部署。我和阿哲、Rita 在十樓會議室開 Skype 會議，Rita 帳號已經在 Online，想問 Rita 的路徑',
  ])('%s', (text) => {
    const got = slots(text);
    expect(got).toMatchObject({ location: 'customerNetwork', homing: 'online', callType: 'conference' });
    expect(got).not.toHaveProperty('organizer');
  });
  it('the host named apart is still the host', () => {
    expect(slots('混合部署。我跟 Rita 在會議室開 Skype 會議，會議是經理發的，經理在地端，Rita 在 Online，Rita 的路徑？')).toMatchObject({ organizer: 'onPremises', homing: 'online' });
  });
});

describe('"A 開的會": A hosts', () => {
  it.each(['混合部署。我加入 Rita 開的 Skype 會議，Rita 在 Online，我在公司，路徑？', '混合部署。我在公司加入 Rita 開的會，Rita 帳號在 Online，路徑？'])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'online', location: 'customerNetwork' });
  });
});
