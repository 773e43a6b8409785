// "會議是被 Amy 排的，Amy 的帳號還在我們自己的 Lync/Skype 伺服器上": "我們" after 在 and before the servers an account is
// kept on says whose servers they are. Read as a person (everyone of ours), it took the homing said of Amy's account,
// and the organizer's homing went unread (dev30 zh49-9 asked it back).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("'在我們自己的伺服器' is whose servers, not who", () => {
  it.each([
    ['會議是被 Amy 排的，Amy 的帳號還在我們自己的 Lync/Skype 伺服器上（地端那套）。我們公司是混合式，我自己也還是地端使用者，明天會在台中辦公室用內網加入。請問這樣我的訊號跟媒體都留在公司網路裡嗎？', 'onPremises'],
    ['會議是 Amy 開的，Amy 的帳號放在我們的地端 pool。我們是混合式，我是 Online 使用者，在辦公室加入，路徑？', 'online'],
  ])('%s', (text, homing) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', homing, location: 'customerNetwork' });
  });

  // Near misses: "我們" as who is homed ("我們都在地端") is everyone of ours, and says nothing new of the host alone.
  it.each([
    ['Amy 開的會，我們都在地端，我在辦公室加入，路徑？'],
    ['我們是混合式，帳號都還在我們自己的地端伺服器，我在辦公室加入 Amy 開的會，路徑？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'onPremises', location: 'customerNetwork' });
  });

  it("English: an account on our own servers is the account owner's homing", () => {
    expect(slots("Amy set up the meeting; her account is still on our own on-prem Skype servers. We're hybrid, I'm homed on-prem too and join from the office. Path?")).toMatchObject({ organizer: 'onPremises', location: 'customerNetwork' });
  });
});
