// Session 49 (a wrong answer in class-host-A): 「等一下要參加 Grace 開的會，開會前我想先跟阿傑一對一通個話…這通點對點的
// 路徑是？」 was answered as the meeting. Of a meeting and a call told together, the one the question points at with
// "this" ("this 1:1", 「這通點對點」) is the one asked about (thisCall.ts); the meeting's host does not matter then.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the call pointed at with "this" is the call asked about', () => {
  it.each([
    '週會是 Ken 主持的，開會前我想先跟小林用 Skype 一對一講一下，我們都在公司，公司是全雲端 Online。請問這通點對點通話怎麼走？',
    '副總約的季會前，我要先跟阿明點對點通個話，兩個人都在辦公室，SfB Online。這次點對點的訊號跟媒體？',
    '下午要進 Amy 開的專案會議，會前先跟隔壁的小張一對一確認數字。我們兩個都在公司，全公司 Skype Online。這一通一對一走哪條路？',
    "I'm joining the meeting Grace set up at 3, but first a quick peer-to-peer call with Tom down the hall. Both of us in the office, SfB Online. Signaling and media for this 1:1?",
    "Ahead of the budget review Priya organised, I'll ring Omar on Skype one-on-one. We're both at HQ, Skype Online tenant. What path does this P2P call take?",
  ])('%s', (text) => {
    const said = slots(text);
    expect(said.callType).toBe('peerToPeer');
    expect(said.organizer).toBeUndefined();
  });
});

describe('near misses: "this meeting" is the meeting, and "this" said of nothing asked changes nothing', () => {
  it.each([
    ['副總主持的季會結束後我會跟阿明點對點通個話，兩個人都在辦公室，SfB Online。這個會議的路徑？', 'conference'],
    ['Before the meeting Grace hosts I will Skype Tom 1:1. Both in the office, Skype Online. What is the path for this meeting?', 'conference'],
    // Only one call told: its type is its own, with or without "this".
    ['Grace hosts the meeting, I am in the office, Skype Online. What is the path for this meeting?', 'conference'],
    ['我跟阿傑都在公司，全公司 Skype Online。這通點對點的路徑是？', 'peerToPeer'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });
});
