// A place said as shared by two people ("同一棟大樓", "the same building") says where both are only when they are
// said to be there, in our building. Two near classes said otherwise:
// - denied ("他跟我不在同一棟大樓", "we aren't on the same floor"): they are apart, which says where neither is. Before,
//   the writer in the office was put on the Internet (the denied shared place read as "not in our network").
// - lived in ("他跟我住同一棟大樓", "we live in the same building"): a building where people live is no room of ours.
//   Before, the writer at home was put in our network and both answered as in the office.
// Said plainly, of two people at work, the shared place stays both of theirs.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a shared place denied says where neither is', () => {
  it.each([
    ['全 Online。我在總部打 Skype 給阿德，他跟我不在同一棟大樓，一對一，我這邊怎麼走？', 'customerNetwork'],
    ['我們全部 Online，我今天在公司，跟 Vicky 一對一視訊，我們不是同一個辦公室，我的媒體走哪？', 'customerNetwork'],
    ['全 Online。我在家跟同事打 Skype，我們沒有在同一個據點，我這邊走哪？', 'internet'],
    ["All Online. I'm at HQ calling Dana on Skype 1:1; we're not in the same building. Which way does mine go?", 'customerNetwork'],
    ["We're all on SfB Online. I'm at home and call Priya, we are not on the same floor. My path?", 'internet'],
  ])('%s', (text, location) => {
    const said = slots(text);
    expect(said.location).toBe(location);
    expect(said.peer).toBeUndefined();
  });
});

describe('a shared building people live in is no room of ours', () => {
  it.each([
    ['全 Online。我在家用 Skype 打給鄰居阿芳，她跟我住同一棟大樓，一對一，我這邊走哪？'],
    ['我們全 Online，我在家跟朋友 Kevin 視訊，我們住在同一棟大樓，一對一，我的媒體走哪？'],
    ["All Online. I'm at home calling my neighbour Tom on Skype 1:1, we live in the same building. My path?"],
    ["We're all Online. Working from home, I call Ana, who lives in the same building as me. Which way does my media go?"],
  ])('%s', (text) => {
    const said = slots(text);
    expect(said.location).toBe('internet');
    expect(said.peer).toBeUndefined();
  });
});

describe('said plainly, of two at work, a shared place stays both of theirs', () => {
  it.each([
    ['全 Online。我在公司打給小林，我們在同一棟大樓，一對一，我這邊走哪？'],
    ['我們全 Online，我跟阿德在同一個辦公室，我打給他一對一，媒體走哪？'],
    ["All Online. I call Dana 1:1 on Skype, we're in the same building at HQ. My path?"],
    ["We're on SfB Online. Priya and I sit in the same office and Skype each other. Which way does my media go?"],
  ])('%s', (text) => {
    const said = slots(text);
    expect(said.location).toBe('customerNetwork');
    expect(said.peer).toBe('customerNetwork');
  });
});
