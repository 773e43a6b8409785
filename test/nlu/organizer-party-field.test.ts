// The organizer said as a person comes with what the message says of them (issue 15): the dialog reads this field and
// no longer recognizes each clause again, nor keeps its own list of words for the writer's staff. Inputs written for
// this test, in both languages, with near misses.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const party = (text: string) => recognizer.recognize(text).organizerParty;

describe('what the message says of the person organizing', () => {
  it.each([
    ["Hybrid. My manager organized it, she's homed on-prem. I'm in the office. path?", { who: 'person', name: 'manager', described: true, homing: 'onPremises' }],
    ['混合式。老闆開的會，他是地端帳號，我在公司。路徑？', { who: 'person', name: '老闆', described: true, homing: 'onPremises' }],
    ["Hybrid. Dana scheduled the meeting, she is an Online user. I'm in the office. path?", { who: 'person', name: 'Dana', homing: 'online' }],
    ['混合部署，Amy（地端使用者）開會，我在公司。路徑？', { who: 'person', name: 'Amy', homing: 'onPremises' }],
    ['All of us are Online. Our regional manager organized the review; I join from home. path?', { who: 'person', name: 'manager', described: true }],
    ['what if it was hosted by our own project lead instead?', { who: 'person', name: 'lead', described: true }],
    ['那如果是我們自己的組長開的會呢？', { who: 'ours' }],
  ])('%s', (text, expected) => {
    expect(party(text)).toMatchObject(expected);
  });
  it('a homing said of both people: 「兩個都是線上使用者」, "they are both homed online"', () => {
    expect(party('台北的同事要加入美國同事開的會，兩個都是線上使用者，台北那位在公司。會走 ER 嗎？')).toMatchObject({ bothHomed: 'online' });
    expect(party('Hybrid. Dana set up the meeting; they are both homed online, I am in the office. path?')).toMatchObject({ bothHomed: 'online' });
  });
  it('a place said only of someone else is not the writer’s: 「Kevin 只是參加，他在家」', () => {
    expect(party('啊我講反了，會議是我開的，Kevin 只是參加，他在家')).toMatchObject({ who: 'writer', othersOnly: ['location'] });
  });
});

describe('near misses', () => {
  it('a named person is not described; a homing of the writer is not theirs', () => {
    const read = party("Hybrid. Raj set up the meeting. I'm homed on-prem and in the office. path?");
    expect(read).toMatchObject({ who: 'person', name: 'Raj' });
    expect(read).not.toHaveProperty('described');
    expect(read).not.toHaveProperty('homing');
  });
  it('a clause about "he" and the writer together is not only his', () => {
    const read = party('混合式。老闆開的會，他跟我都在公司。路徑？');
    expect(read).not.toHaveProperty('othersOnly');
  });
  it("another company's title, or ours joining theirs, is not ours", () => {
    expect(party('Hybrid. The vendor project manager organized it; I am in the office. path?')).not.toEqual(expect.objectContaining({ name: 'manager' }));
    expect(party('混合式。我們的人去廠商開的會，在公司。路徑？')).not.toEqual(expect.objectContaining({ who: 'ours' }));
  });
  it('joining is no organizing', () => {
    expect(party("Hybrid. My boss joined, he's homed on-prem. I'm in the office. path?")).toBeUndefined();
    expect(party('混合式。我主管也有參加，他是地端帳號，我在公司。路徑？')).toBeUndefined();
  });
});
