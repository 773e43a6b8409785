// "跟總部開 Skype 會議", "和分公司通話": a place of ours right after "with" and before a meeting or a call names the
// people there, not where anyone is. Read as the asker's place, it put someone at home or out on the road on our
// network; now what is said of the person decides, or the advisor asks.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place of ours met or called with is no one\'s place', () => {
  it.each([
    ['店長在外面巡店，用手機跟總部開 Skype 會議。我們是 Hybrid，他的帳號在地端，會議是誰開的不確定。他走哪？', 'internet'],
    ['我們全部 Skype Online。我今天在家，下午和台中分公司開 Skype 會議，會議是我排的，我走哪？', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'conference' });
  });

  it('the place is not taken for the asker when nothing else says where they are', () => {
    expect(slots('督導人在家，跟中心開 Skype 會議。我們是 Hybrid，她帳號在地端，會議是她開的。她走哪？')).not.toHaveProperty('location', 'customerNetwork');
  });

  // Near misses: where the asker is ("在總部跟客戶開會"), and another company's place, where the other party is.
  it.each([
    ['純 Online。我在總部跟客戶開 Skype 會議，會議是我開的，我走哪？', { location: 'customerNetwork' }],
    ['純 Online。我在辦公室跟外部合作夥伴開 Skype 一對一，媒體走哪？', { location: 'customerNetwork', peer: 'federated' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
