// Round 38 (dev35) asked back what the writer had said in a word of their trade: a place of work the vocabulary did
// not know ("the ops center", 「報社裡」「調度中心」), a job title after 打給 (「倉庫裡的調度員」), a number named by
// what it reaches ("our parts hotline number", "the vendor's support number"), two people counted with a plural the
// vocabulary lacked ("two folks at the Dallas office"). Near misses: the same words where they say nothing new.
// Tried and left out: "newsroom" and "operations room/centre" as our network (a held vague question got answered),
// 「司機」「記者」「總編」 as people (a held answer went wrong after asking), 「台裡」 (read inside 「平台裡」 too).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place of work of the trade is our network', () => {
  it.each([
    ['Online only. Our crew scheduler sits in the ops center and dials a pilot\'s mobile. CCE handles PSTN. Path?', { location: 'customerNetwork', callType: 'pstn' }],
    ['We run Cloud Connector. From the ops centre a controller phones a supplier\'s landline. Signaling?', { location: 'customerNetwork', callType: 'pstn' }],
    ['純 Online。我今天在報社裡，打給在家的同事（一對一），我這邊走哪？', { location: 'customerNetwork', peer: 'internet' }],
    ['純 Online。記者小林人在新聞部裡，參加主管約的 Skype 會議，走哪？', { location: 'customerNetwork', callType: 'conference' }],
    ['CCE 環境。調度中心的值班人員撥客戶手機，信令走哪？', { location: 'customerNetwork', callType: 'pstn' }],
  ] as const)('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

describe('a job title after 打給 is the person called, and the place before it theirs', () => {
  it.each([
    ['純 Online。我在客戶那邊用訪客 Wi-Fi，打給派車中心的派車員（一對一），我這邊走哪？', { location: 'internet', peer: 'customerNetwork' }],
    ['純 Online。我在家，用 Skype 打給倉庫裡的理貨員（一對一）。', { location: 'internet', peer: 'customerNetwork' }],
    ['全部 Online。業務在客戶現場連對方的訪客網路，用 Skype 打給在公司的調度員，一對一，他那邊走哪？', { location: 'internet', peer: 'customerNetwork' }],
  ] as const)('%s', (text, want) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', ...want });
  });
});

describe('a number named by what it reaches is a phone call', () => {
  it.each([
    'SfB Online. From home I ring the vendor\'s support number. Which way does the media go?',
    'SfB Online. I\'m at home and dial the customer service number of our bank. Path?',
    'Skype Online tenant. At a hotel tonight I have to call our hotline. Signaling and media?',
    'Online only. Working from home, I need to reach the insurer\'s helpline number. Path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});

describe('two people counted with a plural of the trade are both there', () => {
  it.each([
    ['All Online. Two staffers at the Leeds office have a 1:1 Skype call. Path?', 'customerNetwork'],
    ['All Online. Two team members at home have a 1:1 Skype call. Path?', 'internet'],
    ['Skype Online. Two of our folks in the head office make a peer-to-peer call. Which path?', 'customerNetwork'],
  ] as const)('%s', (text, place) => {
    expect(slots(text)).toMatchObject({ location: place, peer: place, callType: 'peerToPeer' });
  });
});

describe('near misses: nothing new is said', () => {
  it('a Skype call to the helpdesk is no phone call', () => {
    expect(slots('All Online. I\'m at home and call the helpdesk over Skype. Path?').callType).toBeUndefined();
  });
  it('a number on a hotline roster, called over Skype, stays a Skype call', () => {
    expect(slots('SfB Online. I\'m at home and my number is on the hotline roster; a colleague calls me 1:1 in Skype. Path?')).toMatchObject({ callType: 'peerToPeer' });
  });
  it('two folks in two places keep their own places', () => {
    expect(slots('All Online. Two folks, one in the office and one at home, have a 1:1 call. Path for the office one?')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
  it('a platform is no place of ours', () => {
    expect(slots('純 Online。我在平台裡參加晨會（Skype 會議）。').location).toBeUndefined();
  });
  it('a job title named without a place leaves the peer unknown', () => {
    expect(slots('純 Online。我在家，用 Skype 打給接線員（一對一）。').peer).toBeUndefined();
  });
});
