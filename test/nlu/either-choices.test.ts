// Choices left open with "either ... or" and "or" (class-doubt A answered "Tomorrow I'll either come in or stay home";
// dev13's "Hemi will call either Wiremu or Tui" must stay asked). "either" was typo-corrected into the negation
// "neither", so "either ... or" read as nobody and nowhere; now a known word, it offers a choice: a place said as one
// of two is not said, and the one called offered as one of two people named is not decided, so what is said of either
// person is no fact of the other party (src/nlu/offeredCallees.ts). Near misses: "neither" and "not ... either" still
// deny, people joined by "or" who are not called leave the one called, and "both" said of the two still places them.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots as Record<string, string | undefined>;

describe('a choice left open is not said', () => {
  it.each([
    ['location', "We're Online and my boss set up the review. Tomorrow I'll either come in or stay home, I'll decide in the morning."],
    ['location', "Skype Online. I'm calling Marta at home, and I'll either be at my desk or at the airport lounge by then."],
    ['location', "All on SfB Online. Joining Priya's weekly sync, either from the branch office or from my flat, I'll know on the day."],
    ['peer', "SfB Online. From my desk at HQ I'll ring either Kofi or Lena about the budget; Kofi is at a hotel and Lena works from the Dublin office."],
    ['peerHoming', "Hybrid, I'm homed on-prem at HQ. I'll call either Ngaio or Rawiri later; Ngaio is on-prem, Rawiri moved to Online."],
    ['peer', 'Online. I\'m at home, going to call Kofi or Lena, whoever is free. Kofi is at home, Lena is in the office.'],
    ['peer', "Online, I'm in the office. I'll video call Ines or Tomas this afternoon: Ines is at home and Tomas is at the Porto branch."],
    ['peer', '我們是 Online。我在公司，等一下要打給阿明或小華，看誰有空。阿明在家，小華在公司。'],
    ['peerHoming', '混合式，我是地端帳號，在公司。我會打電話給志偉或是建宏，志偉已經搬到 Online，建宏還在地端，兩個都在公司。'],
    ['peer', '全 Online。我在總部，要撥給阿哲還是美玲還沒決定：阿哲在飯店，美玲在台中分公司。'],
  ])('%s: %s', (slot, text) => {
    expect(slots(text)[slot]).toBeUndefined();
  });
});

describe('the same words beside facts stated firmly leave them said', () => {
  it.each([
    ['peer', 'internet', 'Online. I\'m in the office calling Kofi at home. Lena or Ben may join later.'],
    ['peer', 'internet', "Online. I'm in the office calling Kofi, who's at home, or rather I'll call him in an hour."],
    ['location', 'internet', "Online. Neither of us is in the office: I'm at home calling Marta, who's at home too."],
    ['peer', 'customerNetwork', "Online. I'm in the office calling Marta; she isn't at home either, she's in the Leeds office."],
    ['peer', 'customerNetwork', '混合式，我是地端帳號，在公司。我會打電話給志偉或是建宏，志偉已經搬到 Online，建宏還在地端，兩個都在公司。'],
    ['peer', 'internet', '我們是 Online。我在公司打給阿明，他在家。小華或阿哲晚點可能也會問我。'],
    ['peer', 'internet', '我們是 Online。我在公司打給阿明，他在家，不是小華或阿哲。'],
  ])('%s stays %s: %s', (slot, value, text) => {
    expect(slots(text)[slot]).toBe(value);
  });
});
