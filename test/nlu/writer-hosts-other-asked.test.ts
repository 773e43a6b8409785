// The writer organizes, someone else is asked about (session 50, lane people): what the writer says of their own
// homing is the organizer's, what is said of the one asked is theirs. "the conference I organized; I'm homed online
// ... Where does Joe's media go? He's on-prem." asked back for the organizer: Joe's homing was read as the writer's
// host homing too, and the two disagreed. 「會是我開的」 said no meeting ("會" alone read as "will"), and 「今天為了我約的
// 會進公司」 gave the office to the writer who hosts, not to the one who came. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the writer hosts, another is asked: the writer\'s homing is the organizer\'s', () => {
  it.each([
    ["Hybrid. Joe is usually remote, but he's in the office today for the conference I organized; I'm homed online. Where does Joe's media go? He's on-prem.", 'customerNetwork'],
    ["Hybrid. Joe is in the office today for the meeting I set up; I'm homed Online. He's on-prem. What path does his media take?", 'customerNetwork'],
    ["Hybrid. I set up the meeting and I'm homed online. Joe is at home, on-prem. What's his media path?", 'internet'],
    ["Hybrid. Joe normally works from home; today he is at HQ for the workshop I scheduled. I'm homed online, he's on-prem. Joe's media?", 'customerNetwork'],
    ['混合式，會是我開的，我帳號在雲端。阿凱在公司加入，他帳號在地端，阿凱的路徑？', 'customerNetwork'],
    ['混合式部署，我約的會，我是雲端帳號，阿凱在公司，他地端帳號，他的媒體走哪？', 'customerNetwork'],
    ['混合式部署。阿凱平常在家工作，今天為了我約的會進公司，我帳號在雲端，他是地端帳號。阿凱的媒體走哪？', 'customerNetwork'],
    ['混合式部署。阿凱平常都遠端，今天在公司參加我開的會，我雲端帳號，他地端帳號，他的媒體走哪？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, homing: 'onPremises', organizer: 'online', callType: 'conference' });
  });
});

describe('near misses', () => {
  it.each([
    // The writer hosts and is the one asked: their own homing is both.
    ['混合式，會是我開的，我帳號在雲端，我在家加入，我的路徑？', { location: 'internet', homing: 'online', organizer: 'online' }],
    // Someone else hosts: "會是阿凱開的" makes Akai the organizer, the writer the user.
    ['混合式，會是阿凱開的，他帳號在雲端，我在家加入，我是地端帳號，我的路徑？', { location: 'internet', homing: 'onPremises', organizer: 'online' }],
    // Another host named as what someone came for: still the one who came is at the office.
    ['混合式部署，阿凱今天為了經理開的會進公司，經理是雲端帳號，阿凱地端帳號，阿凱的媒體？', { location: 'customerNetwork', homing: 'onPremises', organizer: 'online' }],
    // A habitual place for another time is neither the other party nor a call.
    ["We're Online. Joe usually works remotely but he's in the office today. I'm calling him from home. What's his media path?", { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
    ['Online 環境，阿凱平常在家上班，今天進公司，我在家打 Skype 給他，他的媒體走哪？', { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
  ])('%s', (text, expected) => {
    expect(slots(text as string)).toMatchObject(expected as object);
  });
  it('"會" as "will" is no meeting', () => {
    expect(slots('我會開視訊，混合式，我在家，地端帳號，我的路徑？').callType).toBeUndefined();
  });
});
