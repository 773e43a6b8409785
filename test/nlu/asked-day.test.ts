// Traps of blind dev19: "I'm working from home today, but tomorrow I'll be in the office ... For that meeting tomorrow,
// what path?", ticket rows "Yesterday: worked from home / Today: Leicester branch / calls today", 「佳佳昨天在家、今天在
// 公司，她後天要參加…」. The day the call is set on picks the place said of that day; a place of another day is left
// out, and when none is said of the asked day the place is asked for (askedDay.ts). A place said of no day stays.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MEETING_EN = 'organised by an Online user. We are all on SfB Online.';
const MEETING_ZH = '參加 Online 使用者開的會議。我們全公司 SfB Online。';

describe('the place of the day the call is on', () => {
  it.each([
    [`I'm at home today, but tomorrow I'll be in the office for the all-hands, ${MEETING_EN} For the meeting tomorrow, what path?`, 'customerNetwork'],
    [`I'm in the office today, but tomorrow I'll be at home for the all-hands, ${MEETING_EN} For the meeting tomorrow, what path?`, 'internet'],
    [`我今天在家，明天會進公司${MEETING_ZH}明天那場會議走哪？`, 'customerNetwork'],
    ['Yesterday: at home / Today: in the office on the LAN / Question: how do her PSTN calls today go? We are SfB Online with Calling Plan.', 'customerNetwork'],
    ['Yesterday: in the office / Today: working from home / Question: how do her PSTN calls today go? We are SfB Online with Calling Plan.', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

describe('no place said of the asked day: asked for', () => {
  it.each([
    `我今天在公司，後天要${MEETING_ZH}走哪？`,
    `Hi，佳佳昨天在家、今天在公司，她後天要${MEETING_ZH}那天會走哪條？`,
    `I'm in the office today. Tomorrow I join a meeting ${MEETING_EN} Path?`,
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('negatives: a place of the same day, or of no day, stays', () => {
  it.each([
    [`I'm in the office today, joining a meeting ${MEETING_EN} Path?`, 'customerNetwork'],
    [`I'm at home now; joining a meeting today ${MEETING_EN} Path?`, 'internet'],
    [`Tomorrow I'll join the meeting from home, ${MEETING_EN} Path?`, 'internet'],
    [`我在公司，明天要${MEETING_ZH}走哪？`, 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
