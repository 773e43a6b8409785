// Session 49 (class-host-A): 「原本產品發表彩排是 Ken 要主持（Ken 在地端），後來改成 Mia 主持了，Mia 是純雲端的帳號」 took
// Ken's homing for the host's. A meeting's host that was planned and then handed over to another is not the host asked
// about: what is said of the first host, up to the handover, stands for no one (replacedHosts.ts). And 「純雲端的帳號」
// is a homing, as 「雲端帳號」 is (concepts.zh-TW.json homed.online).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the host a meeting was going to have does not stand in for the host it has now', () => {
  it.each([
    ['原本是 Jason 主持（Jason 在地端），後來換成 Emma 主持，Emma 是雲端帳號。我在公司，混合式。我的路徑？', 'online'],
    ['季度檢討本來是地端帳號的處長要主持，後來改由協理主持，協理是純雲端的帳號。我在家，混合式部署。路徑？', 'online'],
    ['這場訓練原先是 Peter 主持（他是 Online 帳號），今天改成新來的 Amy 主持，她帳號不知道在哪。我在公司，地端帳號，混合式。路徑？', undefined],
    ["Originally Ken was hosting the review (Ken is on-prem), but it was switched to Mia. I'm in the office, hybrid, homed online. What's my path?", undefined],
    ["Ken, an on-prem user, was originally hosting the launch sync, but it has been reassigned to Priya. I'm in the office, hybrid, homed online. Path?", undefined],
  ])('%s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });
});

describe('near misses: a host never handed over stays', () => {
  it.each([
    ['週會本來就是 Ken 主持，Ken 在地端。我在公司，混合式，Online 帳號。路徑？', 'onPremises'],
    ['原本是 Jason 主持（Jason 在地端）。我在公司，混合式，Online 帳號。我的路徑？', 'onPremises'],
    ["Originally Ken hosted the review, and Ken is on-prem. I'm in the office, hybrid, online. Path?", 'onPremises'],
    ['Mia 主持這場會，Mia 是純雲端的帳號。我在公司，混合式部署，我的路徑？', 'online'],
  ])('%s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });
  it('a whole company said to be purely in the cloud is a deployment, not a homing', () => {
    expect(slots('我們公司是純雲端的環境，我在家。路徑？').deployment).toBe('online');
  });
});
