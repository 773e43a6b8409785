// Chinese grid of a host whose hosting verb comes after what else is said of them (invented; no blind text):
// 「法務長（地端帳號）今天在家，從家裡發起一個會議」 (where the host is, across a comma), 「主管用他自己的帳號(Online)發了
// 一個會議」 (the host's own account, its homing in brackets). The host is who the sentence opened on; the writer's own
// place and homing stay the writer's. Negatives: a clause that opens on the verb, or a label before it, is no host's.

/** Titles of ours that host. */
export const HOSTS = ['法務長', '主管', '財務長', '經理', '協理', '處長'];

/** How the host is homed, said in an aside after them, and the organizer slot it gives. */
export const ASIDE_HOMING = [
  { said: '（帳號在地端 Skype Server）', organizer: 'onPremises' },
  { said: '（地端帳號）', organizer: 'onPremises' },
  { said: '（Online 帳號）', organizer: 'online' },
] as const;

/** Where the host is, then a comma and where the hosting happens, before the verb. */
export const PLACES_ACROSS_COMMA = ['今天在家，從家裡', '人在出差，在飯店', '今天在家，在家裡', '在機場，從機場'];

/** The host's own account, with its homing in brackets, between them and the verb. */
export const OWN_ACCOUNTS = [
  { said: '用他自己的帳號(Online)', organizer: 'online' },
  { said: '用自己的帳號（Online）', organizer: 'online' },
  { said: '用她自己的帳號(地端)', organizer: 'onPremises' },
  { said: '用他自己的帳號（地端帳號）', organizer: 'onPremises' },
] as const;

export const HOSTING_VERBS = ['發起一個會議', '發了一個 Skype 會議', '開了一場 Skype 會議', '約了一個會議'];

/** Hybrid, so that the host's homing is theirs to say; then the writer's own homing and place. */
const write = (host: string, middle: string, verb: string): string => `Hybrid。${host}${middle}${verb}。我的帳號在地端，我在辦公室加入。我這端怎麼走？`;

export interface HostProbe {
  text: string;
  organizer: 'online' | 'onPremises';
}

export const acrossCommaGrid = (): HostProbe[] =>
  HOSTS.flatMap((host) => ASIDE_HOMING.flatMap(({ said, organizer }) => PLACES_ACROSS_COMMA.flatMap((place) => HOSTING_VERBS.map((verb) => ({ text: write(host, said + place, verb), organizer })))));

export const ownAccountGrid = (): HostProbe[] =>
  HOSTS.flatMap((host) => OWN_ACCOUNTS.flatMap(({ said, organizer }) => HOSTING_VERBS.map((verb) => ({ text: write(host, said, verb), organizer }))));

/** Not a host across the comma: a clause that opens on the verb, a label, or another subject after the comma. */
export const NOT_HOSTS = [
  'Hybrid。使用者說他在公司，開的是副理約的會。他帳號在地端。他問媒體走哪。',
  '部署：Hybrid / 甲（地端帳號）：在公司 → 發起 1:1 通話 / 乙：在機場用 Wi-Fi / 問：甲的媒體路徑？',
  'Hybrid。經理（Online 帳號）今天在家，我從公司發起一個會議。我的帳號在地端。我這端怎麼走？',
  'Hybrid。經理（Online 帳號）今天在家，客戶從他們公司發起一個會議。我的帳號在地端，我在辦公室加入。我這端怎麼走？',
];
