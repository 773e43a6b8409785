// "an online user in the office": Online said of the user (placed) where nothing names an on-premises side is the
// deployment (a Hybrid one needs a pool, an on-prem server or the word); said as where an account is homed or was moved
// to, beside an on-premises side, of a user placed nowhere, or in Chinese (the studied sets' writers call one user of an
// unsaid Hybrid set-up "Online 使用者"), it stays the user's homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('Online said of the user alone is the deployment', () => {
  it.each([
    'online user in the office, media path?',
    'An Online user at their desk in HQ, what is the signaling path?',
    "I'm a cloud user working in the office. Media path?",
    "I'm on Skype for Business Online, in the office. Which path does signaling take?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', location: 'customerNetwork' });
    expect(slots(text)).not.toHaveProperty('homing');
  });

  // Who is Online × where they are × what they do: each is the deployment, wherever the user is.
  const users = ['an online user', 'a Skype Online user', 'one of our online users', "I'm an Online user,"];
  const places = [
    ['at HQ', 'customerNetwork'],
    ['at the branch office', 'customerNetwork'],
    ['on hotel wifi', 'internet'],
    ['at home without VPN', 'internet'],
  ] as const;
  const calls = [
    ['calls a colleague in the office', { callType: 'peerToPeer', peer: 'customerNetwork' }],
    ['dials a mobile number', { callType: 'pstn' }],
    ['joins a meeting an online colleague set up', { callType: 'conference', organizer: 'online' }],
  ] as const;
  it.each(users.flatMap((user) => places.flatMap(([place, location]) => calls.map(([call, more]) => [`${user} ${place} ${call}. Media path?`, location, more] as const))))(
    'grid: %s',
    (text, location, more) => {
      const got = slots(text);
      expect(got).toMatchObject({ deployment: 'online', location, ...more });
      expect(got).not.toHaveProperty('homing');
    },
  );

  it('a PSTN call of an Online user from the office is answered', () => {
    expect(slots('Online user in the office dials a mobile number. Path?')).toEqual({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });
});

describe('Online stays the user\'s homing', () => {
  it.each([
    ['beside an on-prem pool', 'Online user in the office calls a colleague who is still on the on-prem pool. Path?'],
    ['beside on-prem servers said of others', "I'm an online user in the office; sales are on our own Skype servers. Path for my PSTN calls?"],
    ['in a Hybrid deployment', 'Hybrid. Online user in the office, dialling a landline. Path?'],
  ])('%s', (_, text) => {
    expect(slots(text)).toMatchObject({ homing: 'online', deployment: 'hybrid' });
  });

  it.each([
    'user homed online in the office, media path?',
    "I'm in the office; my account is Online. Media path?",
    'I was moved to Online last month; I am in the office. Media path?',
    '我在總部，Online 帳號，媒體走哪？',
  ])('said as where an account is homed: %s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'online' });
    expect(slots(text)).not.toHaveProperty('deployment');
  });

  it.each(['Online user joining a conference, media path?', '雲端使用者在辦公室，訊號怎麼走？', 'Online 使用者在公司打外線，路徑？'])('placed nowhere, or in Chinese: %s', (text) => {
    expect(slots(text)).toMatchObject({ homing: 'online' });
    expect(slots(text)).not.toHaveProperty('deployment');
  });

  it('a bare "online." with no question after it answers where someone is homed', () => {
    expect(slots('online. she is at home.')).toMatchObject({ homing: 'online', location: 'internet' });
    expect(slots('online. she is at home.')).not.toHaveProperty('deployment');
  });

  it('an Online organizer alone says nothing of the deployment', () => {
    expect(slots('Conference hosted Online - where does the media go?')).not.toHaveProperty('deployment');
  });
});

// 「Online 部署」, 「O365 架構」: Online named with the word for a deployment is the deployment, as 「Hybrid 部署」 and
// 「混合部署」 are; it was read as the user's homing at the start of a message, so the deployment was asked again.
describe('Online said with the word for a deployment, in Chinese', () => {
  const deployments = ['Online 部署', 'Online部署', 'Online 架構', '這是 Online 部署', 'O365 部署', 'Office 365 部署'];
  const rest = [
    ['我在家參加會議，走哪？', { location: 'internet', callType: 'conference' }],
    ['同事在公司打給在飯店的主管，一對一', { location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
  ] as const;
  it.each(deployments.flatMap((deployment) => rest.map(([call, facts]) => [`${deployment}，${call}`, facts] as const)))('%s', (text, facts) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', ...facts });
    expect(slots(text)).not.toHaveProperty('homing');
  });

  it('keeps an account said to be Online in a Hybrid deployment as the homing', () => {
    expect(slots('我帳號是 Online，部署是混合，在家參加會議')).toMatchObject({ deployment: 'hybrid', homing: 'online' });
    expect(slots('混合部署，我的帳號在 Online，在家參加會議')).toMatchObject({ deployment: 'hybrid', homing: 'online' });
  });
});
