// A place the writer believed before and a later guess gives up (「本來以為他在辦公室，秘書說他可能已經出門了」, "I thought
// she was in the office today, but she might have gone to the client site") is not where the call finds anyone: the
// place is asked for (placesInDoubt.ts beliefGivenUp). Round 52's vague question was answered with the place given up.
// Given up for a place of the same network, corrected by a fact said plainly, or turned only about the path, it stays.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots as Record<string, string | undefined>;

describe('a place believed, then given up for a guess, is asked', () => {
  it.each([
    ['peer', "SfB Online. I'm at my desk and will Skype Dana. I thought she was in the office today, but she might have gone to the client site."],
    ['peer', "All Online, I'm in the office. Calling Marco in a minute; I assumed he was at his desk, though he may be out already."],
    ['peer', '全 Online，我在公司，等一下要打給阿傑。原本以為他今天在辦公室，不過聽說他可能去工地了。'],
    ['peer', '我們 SfB Online，我在座位上要打給經理。本來以為她在會議室，助理說她說不定已經回家了。'],
    ['location', '全 Online。本來以為我明天會在公司，現在可能要直接去機場，主管開的會，我的路徑？'],
  ])('%s: %s', (slot, text) => {
    expect(slots(text)[slot]).toBeUndefined();
  });
});

describe('a belief given up for the same network, corrected plainly, or about the path, leaves the place', () => {
  it.each([
    ['location', 'internet', "We're all Online. I assumed I'd be at home for the 3pm meeting my boss set up, but I may have to go to the airport."],
    ['peer', 'customerNetwork', "SfB Online. I'm in the office calling my boss. I thought he was at home, but he's actually at the branch office."],
    ['peer', 'customerNetwork', '全 Online，我在公司打給小王。本來以為他在家，結果他在分公司。'],
    ['location', 'internet', "SfB Online. I thought being at home on Wi-Fi meant media goes over the internet, but maybe it uses ER? I'm at home joining my manager's meeting."],
    ['location', 'internet', '全 Online。我以為在家開會會走網際網路，可能會走 ER 嗎？我在家參加主管開的會。'],
  ])('%s %s: %s', (slot, value, text) => {
    expect(slots(text)[slot]).toBe(value);
  });
});
