// Whose room a place is, said between "在" and the place word ("我在主管辦公室", "在研發大樓", "在組員休息室", "在經理的
// 辦公室"): part of the place, not a person of the call (issue 15, nlu55). Read as a person, the word took the place
// for itself and became the other party: "我在主管辦公室，打給同事" said the colleague was in the office and left the
// writer's place unknown.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const ourRooms = ['主管辦公室', '老闆辦公室', '經理的辦公室', '人資辦公室', '研發大樓', '業務大樓', '組員休息室', '員工休息室', '醫師休息室', '工程師座位', '老師辦公室', '教授研究室', '護理師休息室'];
const homes = ['同事家', '主管家', '老闆家裡'];
const callees = ['同事', '業務部的小林', '財務'];

describe('a room named by whose it is, after 在: the place of the one before 在', () => {
  it.each(ourRooms.flatMap((room, k) => [
    [`全部 Online。我在${room}，打給${callees[k % callees.length]}，我這端走哪？`, 'customerNetwork'],
    [`全部 Online。我人在${room}，用 Skype 跟${callees[(k + 1) % callees.length]}一對一，我這邊走哪？`, 'customerNetwork'],
  ]).concat(homes.map((home) => [`全部 Online。我今天在${home}，打給同事，我這端走哪？`, 'internet'])))('%s -> %s', (text, location) => {
    const read = slots(text);
    expect(read).toMatchObject({ location, callType: 'peerToPeer' });
    expect(read).not.toHaveProperty('peer');
  });

  it.each(ourRooms.map((room, k) => [`全部 Online。我在家，打給在${room}的${callees[k % callees.length]}，我這端走哪？`]))('the one called: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it.each(ourRooms.slice(0, 6).map((room) => [`全部 Online。小王在${room}，我在家打給小王，我這端走哪？`]))('someone named before: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('negatives', () => {
  it('another organization\'s room is not ours', () => {
    for (const text of ['全部 Online。我在客戶的會議室，打給同事，我這端走哪？', '全部 Online。我在廠商的辦公室，打給同事，我這端走哪？']) {
      expect(slots(text).location).not.toBe('customerNetwork');
    }
  });
  it('a person after a place said with 在 is still someone there', () => {
    expect(slots('全部 Online。我在家，主管在辦公室，我打給主管，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});
