// "公司內的人跟外面（家裡、沒 VPN）的人 P2P … 公司內這端的 media 走哪？": two things were read wrong. The second "的人"
// was taken for the first named again, so both places went to one person (the writer's place given to the other
// party once asked back); and a side named by a place ("公司內這端", "在家那端", "the office side") said nobody, so the
// first one named was asked about whichever side the question named. Now the same noun right after 跟/和/與 is the
// second of a pair, and a side named by a place is the one person said to be at that kind of place.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the same noun on both sides of 跟 is two people', () => {
  it.each([
    ['純 Online。公司內的人跟外面（家裡、沒 VPN）的人 P2P，我們防火牆擋掉 client 對 client 直連，公司內這端的 media 走哪？', 'customerNetwork', 'internet'],
    ['純 Online。總部的同事和在家的同事互打，media 走哪？', 'customerNetwork', 'internet'],
    ['純 Online。在家的同事跟總部的同事 P2P，media 走哪？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  // Near miss: a comma closes the pair, and the noun said again after it is the first one again.
  it('業務在公司跟客戶一對一，業務這端: the salesperson again', () => {
    expect(slots('混合部署，業務在公司跟客戶公司（外部組織，有同盟）一對一，業務這端走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'federated' });
  });
});

describe('a side named by a place is the one there', () => {
  it.each([
    ['純 Online。外面（家裡、沒 VPN）的人跟公司內的人 P2P，公司內這端的 media 走哪？', 'customerNetwork', 'internet'],
    ['純 Online。公司內的人跟外面（家裡、沒 VPN）的人 P2P，在家那端的 media 走哪？', 'internet', 'customerNetwork'],
    ['純 Online。總部的同事和在家的同事互打，在家那端的 media 走哪？', 'internet', 'customerNetwork'],
    ['純 Online。在家的同事跟總部的同事互打，總部那端的 media 走哪？', 'customerNetwork', 'internet'],
    ['Online only. A user at home calls a colleague in the office. The office side\'s media?', 'customerNetwork', 'internet'],
    ['Online only. A user in the office calls a colleague at home. What about the home end\'s media?', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  // Near misses: both at that kind of place, or a side that names no place anyone is at, tells nobody apart.
  it.each([
    ['純 Online。總部的同事和分公司的同事互打，總部那端的 media 走哪？'],
    ['Online only. A user in the office calls a colleague in the branch office. The office side\'s media?'],
  ])('%s: not answered as one side', (text) => {
    const got = slots(text);
    expect(got.location === 'customerNetwork' && got.peer === 'internet').toBe(false);
    expect(got.location === 'internet').toBe(false);
  });
});
