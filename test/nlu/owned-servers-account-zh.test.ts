// "館長的帳號在我們機房": an owner word before the servers an account is kept on ("我們", "我們自己", "自己") owns the
// servers, it is not whose account it is. It was read as the writer's homing, and the organizer's was left unsaid
// (dev zh74-41). Whose account it is, said before the account word, keeps it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const servers = ['我們機房', '我們自己的機房', '我們自己機房的 Skype Server 上', '自己機房的伺服器上'];
const hosts = ['課長', '院長', '總監'];

describe('the organizer\'s account on our own servers is the organizer\'s homing', () => {
  it.each(hosts.flatMap((who) => servers.map((where) => `混合式環境。${who}的帳號放在${where}，他約了一場週會；我是 Online 帳號，在公司內網參加。我這邊走哪？`)))('%s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'online', organizer: 'onPremises', location: 'customerNetwork', callType: 'conference' });
  });
  // A named server after the owner word ("我們自己機房的 Skype Server") is still read as the writer's too: left alone.
  it.each(hosts.flatMap((who) => servers.filter((where) => !where.includes('Server')).map((where) => `公司是 Hybrid。我在辦公室用內網參加${who}主持的會，${who}的帳號在${where}。請問我走哪？`)))('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', location: 'customerNetwork' });
    expect(slots(text)).not.toHaveProperty('homing');
  });
});

describe('the writer\'s own account on our servers stays the writer\'s', () => {
  it.each(servers)('我的帳號在%s，在辦公室參加 Online 帳號的主管開的會議，混合式部署，我走哪？', (where) => {
    expect(slots(`我的帳號在${where}，在辦公室參加 Online 帳號的主管開的會議，混合式部署，我走哪？`)).toMatchObject({ homing: 'onPremises' });
  });
});
