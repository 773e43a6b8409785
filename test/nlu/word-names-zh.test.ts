// English given names the vocabulary also knows as words ("May", "Will", "Bill", "Mark") written alone among Chinese
// words are people (dev29 zh48-5, zh48-8): 「May（Online 帳號）」 gave May's homing to the pair counted after her, and
// 「Will 在家加入」 gave Will's home to the meeting's host. Near misses: the same words in English text, and beside
// another English word ("Will Online", "May 2024"), stay words.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe('a given name that is also an English word, alone among Chinese words, is a person', () => {
  it.each([
    ['全部 Online。May 在家，我在公司打給她，May 的媒體走哪？', 'internet', 'customerNetwork'],
    ['全部 Online。Will 在家，我在公司打給他，我的媒體走哪？', 'customerNetwork', 'internet'],
    ['全部 Online。Bill 在家，我在公司打給他，我的媒體走哪？', 'customerNetwork', 'internet'],
    ['全部 Online。Mark 在家，我在公司打給他，Mark 的媒體走哪？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' });
  });

  it('an aside after the name says her homing, not the pair counted after it', () => {
    expect(slots('王經理（帳號在地端）跟 May（Online 帳號）兩個人都在 12 樓，開一對一視訊。我們是混合式部署。請問王經理這邊的訊號路徑是？')).toMatchObject({
      location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online',
    });
  });

  it('where the one asked about joins from is theirs, not the host\'s', () => {
    expect(slots('Iris 開的會，Iris 是 Online；Will 在家加入、我在公司加入。全公司都是 SfB Online。想問 Will 的媒體走哪？')).toMatchObject({
      location: 'internet', organizer: 'online', callType: 'conference',
    });
  });
});

describe('near misses: the words stay words', () => {
  it('in English text "Will" opening a question is no one', () => {
    expect(slots('Will my media go over ExpressRoute? I am at home, we are all Skype Online, calling a colleague in the office.', 'en')).toMatchObject({
      location: 'internet', peer: 'customerNetwork',
    });
  });

  it('beside another English word the word is not read as a person', () => {
    const read = recognizer.recognize('全部 Online。我們 May 2024 會搬完，我在家打給在公司的同事，我的媒體走哪？', 'zh-TW');
    expect(read.slots).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});
