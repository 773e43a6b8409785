// One person picked out of a group by 「裡的」/「中的」 (「Online 那群人裡的 Grace」, zh44-18): what is said of the group is
// said of the one picked (src/nlu/pickedMember.ts). Near misses: the one set apart from the group, two picked, our
// whole organization, a group said not to include them. English says it with "of" ("Grace, one of the Online
// people"), another shape, checked for nothing read from the group word wrongly.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

const JOIN = '老王是地端帳號，在分公司。老王加入 Grace 的會議，訊號和媒體怎麼走？';

describe('the one picked out of a group is homed as the group', () => {
  it.each([
    `Hybrid 部署，Online 那群人裡的 Grace 發了一場會議。${JOIN}`,
    `Hybrid 部署，已經上雲的人裡面的 Grace 發了一場會議。${JOIN}`,
    `Hybrid 部署，Online 那批同事之中的 Grace 發了一場會議。${JOIN}`,
    'Hybrid 部署，Online 那群人裡的 Grace 發了一場會議。參加的人有地端帳號的老王（他在分公司，分公司透過 WAN 接總部），也有其他人。我只問老王：他加入 Grace 的會議，訊號和媒體怎麼走？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'online', homing: 'onPremises', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('near misses: the group says nothing of the host', () => {
  it('the one set apart from the group is as said of her', () => {
    expect(slots(`Hybrid 部署，地端那群人裡，只有 Grace 已經搬到 Online。Grace 發了一場會議，${JOIN}`)).toMatchObject({ organizer: 'online' });
  });
  it.each([
    `Hybrid 部署，Online 那群人裡的 Ken 跟 Grace 討論過了，Grace 發了一場會議。${JOIN}`,
    `我們公司是 hybrid，我們公司裡的 Grace 發了一場會議。${JOIN}`,
    `Hybrid 部署，Online 那群人不包括 Grace，Grace 發了一場會議。${JOIN}`,
  ])('%s', (text) => {
    expect(slots(text).organizer).toBeUndefined();
  });
  it('English: a group named beside the host is not her homing', () => {
    expect(slots("We're hybrid. The Online people are busy; Grace set up a meeting. Wang is on-prem, at the branch office. Wang joins Grace's meeting, his path?", 'en').organizer).toBeUndefined();
  });
});
