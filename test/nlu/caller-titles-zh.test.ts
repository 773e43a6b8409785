// Titles of an association's head (會長) and a bank's risk chief (風控長) are people, as 經理 is.
// Unknown, such a title who rang the writer ("會長在家打給我") and whose side was then asked ("會長那端") was no one:
// the writer's own place was taken for the side asked, and the answer given after the question back was the
// writer's path, not the caller's. Read as a person, the caller is the one asked about and the writer the other party.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a titled caller who rang the writer, their side asked', () => {
  it.each([
    ['會長', '協會全部用 Skype Online。會長今晚在家裡用 Skype 打給我，我人在協會辦公室。會長那端走哪？'],
    ['会长', '我们全部 Online。会长在家打给我，我在会馆办公室接公司网络，会长那端的信号跟媒体？'],
    ['風控長', '銀行全部在 Online。風控長在家用 Skype 打給我，我在總行辦公室，風控長那端的路徑？'],
  ])('%s', (_title, text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' });
  });

  it('the writer asking about their own side keeps it', () => {
    expect(slots('我們全部 Online。會長在協會辦公室打給我，我在家。我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});
