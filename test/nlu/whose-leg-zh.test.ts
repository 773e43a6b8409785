// "問題：Lina 這條的訊號與媒體路徑各為何？": "這條", "那條" (this leg) after a person say whose side is asked, as
// "這段", "那端" do; before, the one asked about in a list of three went unread and her place and homing were asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("'這條' after a person is whose leg is asked", () => {
  it('the one asked about in a list of attendees', () => {
    const got = slots('混合式部署。\n- 陳主任：帳號在地端，今天的會議是他開的\n- Lina：已移到 Online，在總部座位上加入\n- Jason：地端帳號，在家\n問題：Lina 這條的訊號與媒體路徑各為何？');
    expect(got.location).toBe('customerNetwork');
    expect(got.homing).toBe('online');
  });

  it.each([
    ['全公司 Online。我在家打給在辦公室的王姐，王姐那條的媒體走哪？', 'customerNetwork', 'internet'],
    ['全公司 Online。我在家打給在辦公室的王姐，我這條的媒體走哪？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});
