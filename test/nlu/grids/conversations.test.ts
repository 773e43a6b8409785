// Conversation grids (conversations.ts): chat logs pasted whole, every log shape x cast x place x call x question, in
// English, Chinese and Simplified Chinese, and mails forwarded or quoted whole; every stated slot scored, every wrong
// reading counted. Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss.
import { createRecognizer } from '../../../src/nlu';
import { chineseConversations, chineseMails, englishConversations, englishMails, simplifiedConversations } from './conversations';
import { describeHeldGrids } from './grid';

const recognizer = createRecognizer();
const SCORED = ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'] as const;

describeHeldGrids('the %s grid', recognizer, [
  { name: 'English chat logs (Noor [10:02 AM], ahmad.k  10:02, @noor:)', build: englishConversations, floor: 0.97 },
  { name: 'English mails forwarded or quoted (From: Rosa Jimenez, > On Thu, Rosa wrote:)', build: englishMails, floor: 0.97 },
], [...SCORED], 'en');
describeHeldGrids('the %s grid', recognizer, [
  { name: 'Chinese chat logs (淑華 上午10:00, [下午 2:31] 黃俊傑：, @amber:)', build: chineseConversations, floor: 0.97 },
  { name: 'Simplified Chinese chat logs (淑华 10:00：我在总部)', build: simplifiedConversations, floor: 0.97 },
  { name: 'Chinese mails forwarded or quoted (寄件者：Amy Chen, -----原始郵件-----)', build: chineseMails, floor: 0.97 },
], [...SCORED], 'zh-TW');
