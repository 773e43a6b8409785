// Where the user is, said in Chinese beside other people and other things (issue 15, round 24: dev20 zh asked back
// for a place the message said): a doubt about where the other party is ("她在哪我不知道") doubts that place, not the
// writer's own said before; a public Wi-Fi named 公用 is the Internet, whatever room it is used in; 客服中心 is one
// word (not 客服 + 中 + 心, a person) and our site where someone is, no longer noise; a thing sent from outside ("外面轉寄過來的邀請") says
// where the invitation came from, not where anyone is. Each with negatives that must keep asking.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a doubt about where the other party is leaves the writer\'s place', () => {
  it.each([
    '全部 Online。我在座位上打給阿凱（他人在哪我不知道），我這邊走哪？',
    '全部 Online。我今天在分公司，要打給小郭，他在哪我不清楚，我這端的路徑？',
    '我們是 Online。我人在總部，撥給業務阿哲，他現在在哪我也不確定。我這邊會走 ER 嗎？',
  ])('%s -> customerNetwork', (text) => expect(slots(text).location).toBe('customerNetwork'));

  it.each([
    '全部 Online。我要打給阿凱，我在哪我不知道，我這邊走哪？',
    '全部 Online。聽說我今天在分公司，我也不確定。打給小郭，我這端的路徑？',
  ])('a doubt about the writer\'s own place still asks: %s', (text) => expect(slots(text)).not.toHaveProperty('location'));
});

describe('public Wi-Fi (公用) is the Internet', () => {
  it.each([
    '全部 Online。他在診所候診區用公用 wifi 打給總部的同事，他這端走哪？',
    '全部 Online。我在圖書館接公用無線網路，要參加副理開的會，走 ER 嗎？',
    '全部 Online。業務在車站用公用的 Wi-Fi 打給主管，一對一，業務那端的路徑？',
  ])('%s -> internet', (text) => expect(slots(text).location).toBe('internet'));
});

describe('a customer service centre (客服中心, one word) is our site where someone is', () => {
  it.each([
    '全部 Online。客服人員在客服中心撥客戶手機，訊號走哪？',
    '全部 Online。我在客服中心裡用 Skype 撥外線，會走 ER 嗎？',
    '群組紀錄： / 小芳 14:00：我在高雄客服中心 / 阿偉 14:01：我也在客服中心 / 小芳 14:02：阿偉我用 Skype 打給你 / 全 Online。小芳這通的路徑？',
  ])('%s -> customerNetwork', (text) => expect(slots(text).location).toBe('customerNetwork'));

  it('the support desk phoned says no place', () => expect(slots('客服中心的電話是多少？')).not.toHaveProperty('location'));
  it('its phone line is no person: a phone call from home', () =>
    expect(slots('客服中心的電話改用 Skype 打，專員在家上班，會走 ER 嗎？')).toMatchObject({ location: 'internet', callType: 'pstn' }));
});

describe('sent from outside is no place of anyone', () => {
  it.each([
    '混合式。工程師 Ray 帳號在地端，明天在總部座位上參加一場會議，邀請是外面轉寄過來的，Ray 的訊號走哪？',
    '混合式。阿珍帳號在地端，在分公司參加一場會議，會議通知是外部轉寄的，不知道誰開的。阿珍的媒體走哪？',
  ])('%s -> customerNetwork', (text) => expect(slots(text).location).toBe('customerNetwork'));

  it('outside (外面) said of the person stays the Internet', () =>
    expect(slots('混合式。Ray 帳號在地端，明天在外面參加一場會議，Ray 的訊號走哪？').location).toBe('internet'));
});

describe('a numbered list "1) title name：place" (the bracket marks the item, as "1." does)', () => {
  it.each([
    ['1) 主任 阿德：在倉庫 / 2) 秘書 小芬：在家 / 阿德要打給小芬，一對一。全部 Online。主任那端走哪？', 'customerNetwork'],
    ['1) 組長 Iris：在分公司 / 2) 工程師 Leo：在高鐵上 / Leo 要打給 Iris，一對一。全部 Online。Leo 那端走哪？', 'internet'],
    ['1）店長 阿美：在門市 / 2）會計 小玉：出差住飯店 / 阿美撥給小玉，一對一，全部 Online。店長那邊的路徑？', 'customerNetwork'],
  ])('%s -> %s', (text, location) => expect(slots(text).location).toBe(location));

  it('"(1)" keeps its pair: what it encloses is still an aside', () =>
    expect(slots('全部 Online。我在座位上（1）打給在家的同事，一對一，我這邊走哪？').location).toBe('customerNetwork'));
});
