// "We have no servers at all" said in Chinese with 任何 ("any"): 「我們沒有任何伺服器」, 「公司沒有任何地端 Skype 伺服器」
// (zh46-19). No server of our own leaves neither a Hybrid nor a Cloud Connector deployment: Online. A server of one
// kind denied (「沒有任何 Edge 伺服器」) says nothing of the rest.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const NONE = ['我們沒有任何伺服器', '公司沒有任何地端 Skype 伺服器', '我們沒有任何地端伺服器', '公司沒有自己的伺服器', '我們沒有任何 Skype 伺服器', '公司没有任何服务器'];

describe('no server of our own', () => {
  it.each(NONE.map((none) => `${none}，我在公司撥外線給客戶，走哪？`))('%s -> Online', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', location: 'customerNetwork', callType: 'pstn' });
  });
});

describe('near misses', () => {
  it('reads a server of one kind denied as no deployment', () => {
    expect(slots('我們沒有任何 Edge 伺服器，我在公司撥外線給客戶，走哪？')).not.toHaveProperty('deployment');
  });

  it('reads servers said to be there as no Online', () => {
    expect(slots('我們還有地端伺服器，我在公司撥外線給客戶，走哪？')).not.toMatchObject({ deployment: 'online' });
  });
});
