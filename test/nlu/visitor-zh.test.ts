// A visitor is someone (og1zh-31: 「大廳有個訪客在用訪客 Wi-Fi … 我用辦公室的電腦跟他 Skype 1:1」): 訪客 and 外賓 were
// no person words, so the visitor's network was said of nobody and the other party's place was asked. 訪客 Wi-Fi stays
// a network ("我在辦公室連訪客 Wi-Fi" is the writer on the Internet).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a visitor on a call', () => {
  it.each([
    '我們公司都是 Skype Online。大廳有個訪客在用訪客 Wi-Fi（那個是直接出外網，不在公司內網），我用辦公室的電腦跟他 Skype 1:1，我這端的路徑是？',
    '我們公司都是 Skype Online。我在辦公室，跟在大廳用訪客 Wi-Fi 的訪客 Skype 1:1，我這端的路徑是？',
    '我們公司都是 Skype Online。有位外賓在飯店，我在辦公室打給他，一對一，我這端的路徑是？',
  ])('%s -> the visitor is on the Internet', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

describe('near misses', () => {
  it('reads the visitor network as where the writer is', () => {
    expect(slots('我們公司都是 Skype Online。我在辦公室連訪客 Wi-Fi，打外線，路徑是？')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });

  it('reads a visitor beside the call as nobody in it', () => {
    expect(slots('我們公司都是 Skype Online。今天有訪客來，我在辦公室撥外線給客戶，路徑是？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});
