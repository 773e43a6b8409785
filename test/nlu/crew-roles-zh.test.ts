// Crew named by their role (issue 15, session 51): a ship's or an aircraft's crew member (船長, 大副, 輪機長, 機師)
// is a person in the call like 機長 already was. Unread, the role left the call with no other party, and the place
// said of the crew member (衛星網路, 在家) was lost or, worse, taken for the writer's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a crew member named by role is the other party', () => {
  it.each([
    ['我們全公司是 SfB Online。我坐在公司座位，用 Skype 跟只能連衛星網路的船長通話，我這端怎麼走？', 'customerNetwork', 'internet'],
    ['SfB Online 環境，我在總部辦公室跟休假在家的大副一對一 Skype，訊號跟媒體？', 'customerNetwork', 'internet'],
    ['我們是 Online。輪機長人在船上用衛星網路，Skype 打給在公司的我，他那端的路徑？', 'internet', 'customerNetwork'],
    ['公司是 Skype Online。機師在機場的咖啡廳用 Skype 打給在辦公室的我，機師那端怎麼走？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', deployment: 'online', location, peer });
  });
});
