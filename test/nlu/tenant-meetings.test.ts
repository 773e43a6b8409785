// A meeting hosted in another company's Office 365 tenant is hosted Online (tenantMeetings.ts, from the blind judge of
// convs7). Our own tenant says nothing of where a meeting is: "hosted in our tenant by Ken, who is on the on-prem pool"
// is Ken's on-premises meeting in a hybrid organization. Read as Online, the grids of hosts (en-homing, lex14) gained
// wrong organizers when the rule came in: only a tenant said to be theirs puts the meeting in the cloud.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const organizer = (text: string) => recognizer.recognize(text).slots.organizer;

it.each([
  'The vendor hosts it in their own Office 365 tenant now, I am in the office. We are all Online.',
  'They organised the meeting on their tenant, not ours; I am in the office. All Online.',
  '廠商現在是在他們的租用戶開會，我在公司，我們全部都是 Online。',
])('theirs: %s', (text) => expect(organizer(text)).toBe('online'));

it.each([
  "We're hybrid. Ken is still homed on-prem in our tenant and he hosts the meeting in our tenant; I'm at home.",
  '我們是混合式。會議是在我們的租用戶裡由 Ken 主持，他還在地端。我在家。',
])('ours: %s', (text) => expect(organizer(text)).not.toBe('online'));
