// A meeting named by a title only the organization's own meetings have ("the team huddle", "the all-hands", 「週一站會」,
// 「部門會議」, 「館務會議」) is hosted by one of our people (ourMeetings.ts, ownTitledMeeting; word class ownMeeting). In an Online or
// Cloud Connector deployment everyone of ours is homed Online, so the meeting is hosted Online (slots.ts); in a Hybrid
// one the host's homing is still asked. The blind writers of round 36 left that implied six times. Another company
// named, a meeting another company holds or a host is said to run ("their all-hands", 「宏達的季度檢討會」, "the town hall
// Fabrikam hosts"), a meeting "with" someone, a title any meeting has ("the weekly sync") and a bare meeting stay asked; a title
// says who hosts a meeting, never that the call is one (minutes headed 【IT 月會】 about a call between two).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOSTED_ONLINE: readonly string[] = [
  'Everyone here is on Skype for Business Online. Tomorrow I dial into our group huddle from my desk at HQ, how does it route?',
  'We only have SfB Online. The monthly all-hands is at 9 and I will be at home for it. ER or internet?',
  'CCE for the phones, all users Online. Joining the sprint planning from the 4th floor, what path do signaling and media take?',
  'SfB Online tenant, nothing on-prem. The marketing department meeting: I join it from the warehouse office on our LAN. Path?',
  'Online only. Does the town hall go over ExpressRoute for those of us in the head office?',
  'we are on skype online. i join the daily standup from the branch on the corporate network, expressroute?',
  '全公司都用 Skype Online。明天早上的部門週會我在辦公室座位加入，媒體走哪？',
  '我們是 CCE，帳號都在雲端。每日站會我在工廠辦公室用內網加入，訊號走哪條？',
  '我們公司都在 SfB Online，員工大會那天我在總部大禮堂用公司網路參加，會走 ER 嗎？',
  '環境：全 Online。晨會我在家用自己的網路進去，走 ER 還是網際網路？',
  'Pure Skype Online tenant. The quarterly town hall is tomorrow and I will be at HQ on our LAN. ER?',
  'CCE, users all Online. Our quarterly town hall, I am joining from the hotel. Path?',
  '我們是 CCE，帳號都在雲端。明天的主管會議我在家參加，走 ER 嗎？',
  '全公司都用 Skype Online。這週的處務會議我在分公司用公司網路進去，訊號走哪？',
  '我們全部都是 SfB Online，我在公司參加業務部的月會，媒體走哪？',
  // A unit's own affairs meeting (館務、院務、校務、所務): held among its staff.
  '博物館全館都用商務用 Skype Online。下週的館務會議我在館內辦公室連館內網路加入，媒體怎麼走？',
  '本校帳號都在 Skype Online。校務會議我在家參加，訊號走哪？',
  '研究所用 SfB Online。我在實驗室連所內網路參加所務會議，會走 ER 嗎？',
];

it.each(HOSTED_ONLINE)('our title, all of us Online: %s', (text) => expect(slots(text).organizer).toBe('online'));

const STILL_ASKED: readonly string[] = [
  // A bare meeting, or a title any meeting may have.
  'We are on SfB Online. I join a meeting from my desk at HQ. Path?',
  'We are on SfB Online. I join the weekly sync from my desk at HQ. Path?',
  'We are on SfB Online. I join the kickoff from my desk at HQ. Path?',
  // Another company's meeting, whatever its title.
  "We are on SfB Online. I join the vendor's weekly department meeting from my desk at HQ. Path?",
  "We are on SfB Online. I join Contoso's all-hands (they are a customer) from my desk at HQ. Path?",
  'We are on SfB Online. I join the all-hands of a customer from my desk at HQ. Path?',
  'We are on SfB Online. I join a team meeting with a partner from my desk at HQ. Path?',
  // Held or hosted by someone not known to be ours: their meeting, a word we do not know before a possessive, a host said.
  'We are on SfB Online. I join their town hall from my desk at HQ. Path?',
  "We're all Skype Online. I join their all-hands from the office. Path?",
  "We're all Skype Online. I join the town hall Fabrikam hosts from the office. Path?",
  '我們全部都是 SfB Online，我在公司參加他們的員工大會，媒體走哪？',
  '我們全部都是 Skype Online。我在公司參加宏達的季度檢討會，走 ER 嗎？',
  '我們全部都是 Skype Online。我在公司參加宏達主辦的季度檢討會，走 ER 嗎？',
  '我們全部都是 SfB Online，我在公司參加廠商辦的全員大會，媒體走哪？',
  '我們全部都是 SfB Online，我在公司參加對方的月會，媒體走哪？',
  // A title any meeting may have, ours or not ("our weekly meeting" is the organization's meetings at large).
  'We are on SfB Online. I join the weekly team meeting from my desk at HQ. Path?',
  '我們全部都是 SfB Online，我在公司參加我們的週會，媒體走哪？',
  // Hybrid: who of us hosts it, and where they are homed, is still asked.
  'We are hybrid and my account is on-prem. I join the team huddle from my desk at HQ. Path?',
  '我們是 SfB Online，我在公司參加一場會議，媒體走哪？',
  '我們是 SfB Online，我在公司參加客戶的部門會議，媒體走哪？',
  '我們是 SfB Online，我在公司參加供應商的週會，媒體走哪？',
  '我們是混合式，我的帳號在地端，我在公司參加部門會議，媒體走哪？',
];

it.each(STILL_ASKED)('not said to be ours Online: %s', (text) => expect(slots(text).organizer).toBeUndefined());

it.each([
  '【IT 月會】\n議題 3：兩位同仁互打\n說明：我們是 CCE，帳號全 Online。兩人都在總部，用公司網路互打對等通話。\n問題：訊號走哪？',
  'Notes from the team huddle: two colleagues on SfB Online, both at HQ, call each other peer to peer. Which path?',
])('a title heading a call between two: %s', (text) => expect(slots(text)).not.toHaveProperty('organizer'));

it('"在高鐵站會打給" is no stand-up', () => expect(slots('我們是 SfB Online，我在高鐵站會打給客戶的手機').callType).not.toBe('conference'));
