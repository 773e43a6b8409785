// A network that traffic goes out from, in a capture or a complaint: 「媒體是從外網出去的」, 「聲音從公網繞出去」. It
// names the traffic's way out, what was seen, never where anyone is: a blind judge saw 「高雄辦公室的人…媒體是從外網出去的」
// answered for a user on the Internet, and the Internet replaced a place said before it (「我在公司…」). Someone who
// comes in from the outside (「從外網連進來」) is still there.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const WAYS_OUT = ['媒體是從外網出去的', '抓包看到聲音從公網繞出去', '訊號從網際網路送出去', '封包看起來 media 從外網走出去', '視訊從外面出去了'];

describe('traffic going out from a network is no place', () => {
  it.each(WAYS_OUT.map((out) => `我在公司參加線上會議，${out}，正常嗎？`))('%s -> the user stays on our network', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
  });

  it.each(WAYS_OUT.map((out) => `同事在總部跟廠商開 Skype 會議時，${out}，這樣對嗎`))('%s -> the colleague stays at headquarters', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });

  it.each(WAYS_OUT.map((out) => `全公司 SfB Online，參加會議時${out}，這樣正常嗎？`))('%s -> no place said', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });

  it('reads the same in English: where the media goes is no place', () => {
    expect(slots("I'm at the office in an Online meeting and the capture shows the media going out over the internet. Normal?")).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('near misses: someone who is out there', () => {
  it.each(['我從外網連進來參加線上會議', '小明從外網加入線上會議', '她從網際網路連進公司的會議', '我從外面連進來開會'])('%s -> on the Internet', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it('keeps a home said before the traffic', () => {
    expect(slots('我在家參加線上會議，訊號從外網出去，正常嗎')).toMatchObject({ location: 'internet' });
  });
});
