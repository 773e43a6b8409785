// Someone back at a place is there now (session 44, lane places): "Back in the office today after a month of remote
// work", 「去年一整年都在家上班，這禮拜開始回公司了」. The place they came back from, after "after", is not where they are;
// 「回公司了」 says they are at the office. Near misses: a place after "after" with no "back" ("in the office after lunch
// at home" stays unclear), a call back to the office from home (「打回公司」), traffic going back to the office
// (「繞回公司」), a return later than the call (「明天才回公司」).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('back at a place, after being somewhere else', () => {
  it.each([
    ['Back at HQ this week after two months of working from home. Calling a landline, what path?', 'customerNetwork'],
    ["I'm back at the office after working from home last week. Joining my manager's meeting, path?", 'customerNetwork'],
    ['Back home after a week at the Leeds office, calling a landline, path?', 'internet'],
    ['我已經回公司了，要撥客戶市話，路徑？', 'customerNetwork'],
    ['上個月都在家上班，這週開始回公司上班，要撥外線，走哪？', 'customerNetwork'],
    ['今天回到公司了，要加入經理開的會議，路徑？', 'customerNetwork'],
    // A hospital's own staff back at work say 「回院」 (session 53): as 「回公司了」.
    ['值完夜班回家睡了一下，下午又回院了，用 Skype 打給病房護理站，我這端走哪？', 'customerNetwork'],
    ['我剛回到院裡，要加入護理長開的會議，路徑？', 'customerNetwork'],
  ])('is where someone is now: %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location });
  });

  it("leaves a place after 'after' unclear without 'back'", () => {
    expect(slots("I'm in the office after lunch at home. Calling a landline, path?")).not.toHaveProperty('location');
  });

  it.each([
    '我在家，等一下要打回公司找同事，撥市話路徑？',
    '我在家，打電話回公司給總機，撥外線路徑？',
    '我在飯店，明天才回公司，現在要撥市話，路徑？',
    '我在家用 SfB 撥外線，聲音會繞回公司嗎？',
  ])('does not put the caller at the office: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });
});
