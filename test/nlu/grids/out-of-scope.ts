// Out-of-scope grid: IT questions near the domain that are not about which way a Skype call's traffic goes
// (licensing, prices, porting numbers, Teams features, VPN set-up, Wi-Fi, printers, email, headsets, passwords), many
// naming the domain's own words (Skype, ExpressRoute, meetings, outside numbers, the office), times the ways people
// send them (chat, tickets, forum posts, formal mail). Right: intent none and no slot; any slot is a wrong reading.
// Invented for the grid, not taken from any blind set.
import { product, type Probe } from './grid';

const ASKS_EN = [
  'do we need an extra license to call outside numbers from Skype',
  'how much does an ExpressRoute circuit cost per month',
  'what is the price of a Calling Plan for 40 users',
  'how do I port our main phone numbers to Microsoft',
  'how long does number porting take',
  'how do I turn on background blur in Teams meetings',
  'can we record Teams meetings and where are the recordings stored',
  'how do I set up the VPN client on a new MacBook',
  'the office Wi-Fi password changed, where do I find the new one',
  'the printer on the third floor keeps jamming',
  'how do I recover an email I deleted from Outlook',
  'which headset is certified for Skype for Business',
  'my webcam is not detected in Skype meetings',
  'how do I reset my Skype for Business password',
  'who do I call to book the big meeting room for a client meeting',
  'is SfB Server 2015 still supported or do we have to upgrade',
  'how do I share my calendar with an assistant',
  'what licenses do our home workers need for Skype Online',
  'can I get a second monitor for working from home',
  'how do I configure voicemail greetings for our call queue',
  'is it going to rain in Hsinchu this afternoon, I have a site visit',
  'the AnyConnect client fails to install on the new hire laptop',
  'which form do I fill in to get a VPN account',
  // Round 7: admin chores that name users, numbers and meetings but ask no path.
  'how can I pull a CSV of everyone with their DID numbers out of the Skype control panel',
  'is there a PowerShell cmdlet to list which users have a phone number assigned',
  'how do I move a user to another pool without losing their contacts',
  'can I bulk-assign meeting policies to 200 users at once',
  'where do I see how many minutes our users dialed out last month',
  // Round 8: network engineers' chores that name peering, prefixes and edge devices but ask no call's path.
  'which BGP community tags the Office 365 prefixes on Microsoft peering, we need it for the route filter',
  'can someone share the route filters for our edge routers on the ER circuit',
  'what VLAN should the new conference room phones go in',
  // Round 9: migration how-tos (users, numbers, accounts) and meeting features (who may join, mute, lobby) that name
  // calls, numbers and meetings and ask no path.
  'how do we move our Skype users over to Teams and keep their phone numbers',
  'when we migrate the on-prem users to Online, do they keep their direct numbers',
  'can guests join our Skype meetings without having an account',
  'can I stop attendees from unmuting themselves in a Skype meeting',
  'how do I let people skip the lobby when they join my meetings',
  'is there a way to mute everyone at once in a big Skype meeting',
  'do users lose their contacts when we switch them to Teams',
  // Round 11: meeting chores and features (captions, a transcript, a meeting moved, an invite sent again), lists and
  // contracts that name meetings, the MPLS and users and ask no path.
  'how do I turn on live captions in a Skype meeting for a deaf colleague',
  'can you reschedule my Skype meeting to Friday and resend the invite',
  'please add the new starters to the sales distribution list',
  'our carrier contract for the branch MPLS ends in March, should we renew or switch provider',
  'how many E3 licences plus Phone System add-ons would 250 users need',
  'can someone move my Teams meeting to next week and update the invite',
  "is there a transcript of yesterday's Skype meeting",
  'can I get subtitles in Teams meetings for a hard-of-hearing user',
];

const FRAMES_EN = ['{Q}?', 'hey quick one: {Q}?', 'Ticket #4821 - user asks: {Q}', 'Hi all, {Q}? Thanks in advance', 'Dear IT, could you advise: {Q}. Regards, Tom'];

const ASKS_ZH = [
  '打外線要另外買授權嗎',
  'ExpressRoute 線路一個月多少錢',
  '通話方案一個使用者的費用是多少',
  '公司的總機號碼要怎麼移轉到 Microsoft',
  '號碼移轉需要多久',
  'Teams 會議的背景模糊要怎麼開',
  '會議錄影存在哪裡',
  '新的 MacBook 要怎麼安裝 VPN',
  '辦公室 Wi-Fi 密碼換了去哪裡查',
  '三樓的印表機一直卡紙',
  'Outlook 刪掉的信要怎麼救回來',
  '哪一款耳機有通過商務用 Skype 認證',
  'Skype 會議裡抓不到攝影機',
  'Skype 的密碼要怎麼重設',
  '要借大會議室開客戶會議要找誰',
  'SfB Server 2015 還有支援嗎，一定要升級嗎',
  '在家上班的同事需要買什麼授權',
  '在家工作可以申請第二個螢幕嗎',
  '客服中心的語音信箱問候語怎麼設定',
  '行事曆要怎麼分享給秘書',
  '下午新竹會不會下雨，要去客戶那邊',
  '新同事的筆電 GlobalProtect 裝不起來',
  '申請 Skype 帳號要填哪張表',
  // Round 7: near-domain IT questions in Taiwanese phrasings (licences, prices, numbers, client features, VPN,
  // Wi-Fi, printers, headsets, rooms), a place or a network named beside them.
  'E3 授權跟 E5 差在哪',
  'ER 的電路要跟哪家電信申請',
  '中華電信的專線報價怎麼算',
  '門號可以攜碼到 Microsoft 嗎',
  'Teams 的狀態一直顯示離開',
  'FortiClient 一直連不上 VPN',
  'VPN 要怎麼設定才能連回公司',
  '訪客 Wi-Fi 的密碼是多少',
  '三樓影印機沒有碳粉了',
  '藍牙耳機配對不了 Teams',
  '下週二的大會議室有人借嗎',
  '視訊會議室的電視螢幕沒畫面',
  '出差的時候手機漫遊費怎麼報帳',
  '信箱容量滿了要怎麼辦',
  // Round 8: the question names where someone is and a call or a meeting, and asks about money, devices, data plans,
  // client features, dialing or privacy: no path.
  '出差時在高鐵上用手機熱點開會很吃流量，公司有補助嗎',
  '我在家開 Skype 會議，筆電風扇一直很吵，是不是該換電腦',
  '在公司打外線是不是要先撥 9',
  '在飯店加入會議一直斷，要不要改辦吃到飽的上網方案',
  '在客戶那邊開會，投影機接不上筆電怎麼辦',
  '在辦公室跟同事一對一視訊，對話可以存下來嗎',
  '總部大會議室要開 Skype 會議，喇叭要跟誰借',
  '在家連 VPN 開會，公司看得到我的瀏覽紀錄嗎',
  '在星巴克用 Skype 開會會不會被竊聽',
  '在家打外線時，來電顯示可以設定成公司總機嗎',
  '分公司要導入 Skype 會議室系統，預算大概要抓多少',
  '國外出差用 Skype 打回台灣市話的費率怎麼算',
  'ExpressRoute 的帳單是照流量計費還是月租',
  '在家用 VPN 開會很卡，要怎麼測網速',
  '加入 Skype 會議時要怎麼靜音自己',
  'Skype for Business Online 什麼時候停止服務，要轉 Teams 嗎',
  // Round 9: the question names a call, a place, Teams or ExpressRoute and asks about certificates, capacity, chat
  // history, dress, data plans, expenses, backups, phone settings: no path.
  'ExpressRoute 的 BGP session 一直斷，要怎麼查',
  'Edge Server 的憑證快過期了要怎麼更新',
  '我在家用 Teams 開會時耳機沒聲音，要怎麼設定',
  'Skype 的聊天紀錄可以保存多久',
  '直播活動最多可以有幾個人觀看',
  '在高鐵上用手機熱點開會流量會不會超過',
  '在家開視訊會議要穿正式服裝嗎',
  'Teams 的會議室裝置要買哪一款',
  'ER 線路要續約了，合約要找誰簽',
  '總機轉接的語音導覽要怎麼改',
  '我在分公司，要怎麼申請 Skype 帳號',
  '在家用筆電開會，電腦一直當機',
  '大型線上活動的報名網頁要怎麼做',
  '開視訊會議的時候畫面要怎麼分享',
  '群組通話的時候要怎麼把人踢出去',
  '撥市話的時候要不要加區碼',
  '在公司打手機給客戶，費用算誰的',
  'Skype 會議的錄影可以下載嗎',
  '在家上班的電費公司有補貼嗎',
  'Teams 的聊天室訊息可以收回嗎',
  'ExpressRoute 的監控告警要怎麼設',
  '我的 Skype 帳號被停用了，要找誰',
  'Edge 伺服器的 Windows 更新可以自動裝嗎',
  '在飯店開會可以報公帳嗎',
  '外撥國際電話要開權限嗎',
  '要怎麼把手機號碼綁定到 Teams',
  '地端 Skype Server 要怎麼備份',
  '我在家連不上公司的印表機',
  // Round 10: hospitals, stores, field staff, official letters, Cantonese: devices, data plans, sizing, lifecycle.
  '病房的 Wi-Fi 訊號很弱，可以加裝 AP 嗎',
  '門市的 POS 機連不上網路，是不是 ER 斷了',
  '保險業務員在外面用手機熱點，流量不夠用可以申請加量嗎',
  '公文系統在家裡打不開，要連 VPN 嗎',
  '會議室的 Polycom 話機要怎麼註冊到 SfB',
  'Cloud Connector 的 VM 要用多少 RAM',
  'Skype Online 退役之後我們的帳號會怎樣',
  '物流中心的手持掃描器要怎麼連公司 Wi-Fi',
  '佢喺屋企部電腦開唔到 Skype，點算',
  '護理站的分機電話壞了，要報修給誰',
];

const FRAMES_ZH = [
  '{Q}？',
  '請問{Q}？',
  '想問一下{Q}',
  '【報修單 #4821】使用者詢問：{Q}',
  '各位好，{Q}？感謝',
  // A ticket's fields name where the writer works (a place, a person): the problem is still something else.
  '報修人：林小姐\n單位：新竹廠 品保課\n分機：5123\n問題描述：{Q}',
];

function grid(asks: readonly string[], frames: readonly string[]): Probe[] {
  return product([asks, frames]).map(([ask, frame]) => ({ text: frame.replace('{Q}', ask), slots: {}, intents: ['none' as const] }));
}

export const OUT_OF_SCOPE_EN: readonly Probe[] = grid(ASKS_EN, FRAMES_EN);
export const OUT_OF_SCOPE_ZH: readonly Probe[] = grid(ASKS_ZH, FRAMES_ZH);

// Round 14 (nlu38): errands for an assistant, the office's facilities, a meeting's time, step-by-step set-up, billing:
// a place, a meeting or a term named in passing ("the projector in the boardroom", "what time is the review
// meeting"). Right: no slot; none, or help for a request to write something ("幫我寫…").
const ERRANDS_EN = [
  'book me a flight to Singapore for the vendor workshop',
  'set a reminder for my 2pm meeting with the auditors',
  'the coffee machine on level 3 is leaking again',
  'can someone fix the aircon in the east wing office',
  'the projector in the training room shows no signal over HDMI',
  'where do I park at the Leeds office tomorrow',
  'is there a dress code for the partner summit meeting',
  'is the office closed on the bank holiday Monday',
  'what time is the quarterly review meeting',
  'how do I set up breakout rooms for my training session',
  'draft an email telling the team the Skype pool is going away',
  'write a poem about our new ExpressRoute circuit',
  'give me the steps to open ports on the Fortigate for Teams',
  'our Skype desk phones show a certificate error since Monday',
  'should we change ISP at the branch office, the internet is slow',
  'what does the SLA with our ExpressRoute provider say about outages',
  'how does the Premium add-on billing work',
  "can you build me a pivot table of last month's calls in Excel",
];
const ERRANDS_ZH = [
  '下班要不要去飲杯嘢？開咗成日 meeting',
  '公司 Skype 授權年約改月約會不會比較貴',
  '明天的部門會議幾點開始？',
  '3 樓辦公室的冷氣太冷了，誰可以調',
  '12 樓大會議室現在有人在用嗎',
  'Edge Server 要怎麼安裝？給我步驟',
  '辦公室的 IP phone 可以拿回家用嗎',
  '幫我寫一封信通知大家下週開始換 Teams',
  '幫我訂下週二去高雄的機票',
  '今天員工餐廳的菜單是什麼',
  'Fortigate 的 policy 怎麼寫才能放行 Teams',
  '尾牙表演有什麼點子',
  'Set-CsUser 的參數怎麼下',
  'GoDaddy 上 SRV 紀錄要怎麼加',
  '在家上班還是進公司效率比較好',
];
const errands = (asks: readonly string[]): Probe[] => asks.map((text) => ({ text, slots: {}, intents: ['none', 'help'] }));

export const ERRANDS_AND_FACILITIES_EN: readonly Probe[] = errands(ERRANDS_EN);
export const ERRANDS_AND_FACILITIES_ZH: readonly Probe[] = errands(ERRANDS_ZH);
