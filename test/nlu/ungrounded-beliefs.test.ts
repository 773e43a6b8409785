// Class set "unsure" (session 47): a place believed ("probably", 「應該」「大概」) with nothing to ground it is a guess
// (placesInDoubt.ts): when the same sentence offers a guessed place beside it ("probably at home tomorrow, maybe in
// the office", 「應該在公司吧，不過說不定先去客戶那邊」), or says the writer does not know or did not ask ("I didn't
// ask", 「不確定。」 as the whole next sentence). 「說不定」「搞不好」「也許」「或許」 are guess words the segmenter now keeps
// whole. And a usual place says nothing of a call set on another day to come ("usually works from home on Mondays …
// a call on Monday", habits.ts); a weekday naming a weekly meeting ("週一站會", "the Monday standup") sets no day.
// Near misses: a belief grounded or alone, a hedge word that does not open the fact ("at home today, I'm sure"),
// a usual place set against today's, a doubt of something else before the belief.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a belief with a guess beside it, or an admitted doubt, leaves the place asked', () => {
  it.each([
    "We're all Online. Tomorrow I'll probably dial the supplier's landline from home, or maybe from the office. Path?",
    'Online tenant. Greta is probably at her desk in the office, I never asked. She is calling a landline. Her path?',
    "SfB Online. Joe's probably working from the hotel today, I didn't ask him. He's calling a customer's mobile. Path?",
    'SfB Online. Priya is probably at home. Not sure. She is calling a landline. Path?',
    '全 Online。我明天應該會在家打客戶市話吧，不過搞不好要進公司。路徑？',
    '我們 SfB Online。阿芳大概在家吧？不確定。她要打廠商的市話，她的路徑？',
    '全 Online。小吳應該在公司，不過我沒問。他要打客戶的市話，路徑？',
    '全 Online。小吳或許在家，要打客戶市話。路徑？',
    '全 Online。小吳說不定在家，要打客戶市話。路徑？',
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('near misses: a belief grounded or alone, or a hedge word that does not open the fact, keeps the place', () => {
  it.each([
    ["SfB Online. Priya is at home today, I'm sure. She is calling a landline. Path?", 'internet'],
    ['SfB Online. Priya is probably at home, she messaged me from there. She is calling a landline. Path?', 'internet'],
    ["SfB Online. Not sure which path it takes, that's the question: Priya is probably at home. She is calling a landline.", 'internet'],
    ['SfB Online. I was going to be at the office, ended up at home. Calling a landline. Path?', 'internet'],
    ['全 Online。阿芳大概在家吧，她剛剛說的。她要打廠商的市話，她的路徑？', 'internet'],
    ['全 Online。我今天在家，很確定。要打客戶市話，路徑？', 'internet'],
    ['全 Online。我平常在公司，今天在家，要打客戶市話。路徑？', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

describe('a usual place says nothing of a call set on a day to come', () => {
  it.each([
    "We're Online. Our controller usually works from home on Fridays; she has a call to the bank's landline on Friday. Her path?",
    "We're Online. Tom normally works from the office. Tomorrow he calls a customer's landline. His path?",
    '全 Online。會計通常週五在家上班，她週五要打銀行的市話。她的路徑？',
    '全 Online。阿哲平常在公司上班，他明天要打客戶的市話。他的路徑？',
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });

  it.each([
    ["We're Online. Tom usually works from the office, but today he's at home calling a landline. His path?", 'internet'],
    ['We are Online. The Friday standup is hosted by Ana; I always join it from the office LAN. Does media go over ER?', 'customerNetwork'],
    ['全 Online。週五例會是 Ana 開的，我每次都在公司內網加入。媒體走 ER 嗎？', 'customerNetwork'],
    ['全 Online。阿哲平常都在公司打外線給廠商，走哪？', 'customerNetwork'],
  ])('near miss: %s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});
