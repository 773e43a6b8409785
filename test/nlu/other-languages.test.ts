// A hostile set (session 51) wrote questions in languages the advisor does not read (Japanese, Korean, Russian, Spanish,
// French, German, Vietnamese) and got an ordinary reply asking for the call type, as if the text said nothing. The
// advisor says a text is written in another language (checked where a message comes in: the dialog, the command line)
// and the recognizer keeps what it could read of it (product names and facts are read in any language). English, and
// Chinese with English terms in it, never are.
import { createRecognizer } from '../../src/nlu';
import { writtenInOtherLanguage } from '../../src/nlu/otherLanguages';
import { readableText, visibleText } from '../../src/nlu/text';

const recognizer = createRecognizer();
const inOtherLanguage = (text: string) => writtenInOtherLanguage(readableText(text));

describe('a text in another script', () => {
  it.each([
    ['Japanese', '在宅勤務のときに会議へ参加すると、音声はどの経路を通りますか？'],
    ['Japanese, kana only', 'いえから でんわを かけると どうなりますか'],
    ['Korean', '회사 밖에서 회의에 들어가면 미디어는 어떤 경로로 가나요?'],
    ['Russian', 'Как идёт голос, если я подключаюсь к совещанию из дома?'],
    ['Ukrainian with ExpressRoute', 'Чи йде медіа через ExpressRoute, коли я вдома?'],
    ['Arabic', 'هل تمر الوسائط عبر ExpressRoute عندما أكون في المنزل؟'],
    ['Thai', 'ถ้าอยู่บ้านแล้วเข้าประชุม สื่อจะวิ่งผ่าน ExpressRoute ไหม'],
    ['Greek', 'Πώς περνάει ο ήχος όταν είμαι στο σπίτι;'],
    ['Hebrew', 'איך עובר הקול כשאני בבית?'],
    ['Hindi', 'जब मैं घर से मीटिंग में जुड़ता हूँ तो मीडिया किस रास्ते से जाता है?'],
  ])('%s: %s', (_language, text) => {
    expect(inOtherLanguage(text)).toBe(true);
  });
});

// Letters of scripts nobody writes a question in are junk, not a language (the fuzzer's random code points, a surrogate
// pair that makes U+10000): not understood, as any junk is.
describe('letters of no living language', () => {
  it.each([
    ['Linear B', '\ud800\udc00\udfff\ud83d'],
    ['Linear B after English', 'Edge server\u{10000}'],
    ['runes', 'ᚠᚢᚦᚨᚱᚲ'],
  ])('%s', (_name, text) => {
    expect(inOtherLanguage(text)).toBe(false);
  });
});

describe('a text in another language written in Latin letters', () => {
  it.each([
    ['Spanish', '¿Por dónde va el audio cuando estoy en casa y me uno a una reunión?'],
    ['Spanish, no accents', 'como va la llamada cuando el usuario esta en la oficina y llama a un numero externo'],
    ['French', 'Par où passe le son quand je suis chez moi pendant une réunion ?'],
    ['German', 'Wie geht die Sprache über das Netz, wenn ich von zu Hause an einer Besprechung teilnehme?'],
    ['Vietnamese', 'Khi tôi gọi điện từ nhà thì âm thanh đi qua đường nào?'],
    ['Portuguese', 'Quando estou em casa, por onde passa o áudio da reunião?'],
    ['Italian', 'Quando sono a casa, il traffico della riunione passa per ExpressRoute?'],
    ['Dutch', 'Hoe gaat het geluid wanneer ik thuis ben en bij een vergadering aansluit?'],
    ['Indonesian', 'Bagaimana jalur audio jika saya ikut rapat dari rumah?'],
    // A second hostile set (session 52): Indonesian with few grammar words, and Chinese typed in pinyin.
    ['Indonesian, short', 'Apakah audio rapat lewat ExpressRoute atau Internet?'],
    ['Chinese in pinyin', 'qing wen wo zai jia kai hui, mei ti hui zou ExpressRoute ma?'],
    ['Chinese in pinyin, words run together', 'qingwen women zenme zhidao xinling zou nali ne'],
    // A hostile set (session 63): German whose grammar words were mostly contractions (im, ins) and welchen, with
    // "for" of a product name and "in" counted as English: it was read, and answered a corporate network as the Internet.
    ['German with contractions', 'Eine Kollegin im Lager ruft über Skype-for-Business-Online ins Mobilnetz an. Welchen Weg nimmt die Signalisierung?'],
  ])('%s: %s', (_language, text) => {
    expect(inOtherLanguage(text)).toBe(true);
  });
});

describe('what it could read of a text in another language is kept', () => {
  it.each([
    ['Japanese', 'CCE 環境で、オフィスから PSTN へ電話をかけるとシグナリングはどうなりますか？', { deployment: 'cloudConnector', callType: 'pstn' }],
    ['Korean', 'CCE 환경에서 사무실에서 PSTN 전화를 걸면 신호는 어떻게 되나요?', { deployment: 'cloudConnector', callType: 'pstn' }],
    ['Spanish', '¿Con CCE, una llamada PSTN desde la oficina por dónde va?', { deployment: 'cloudConnector', callType: 'pstn' }],
  ])('%s: %s', (_language, text, slots) => {
    expect(inOtherLanguage(text)).toBe(true);
    expect(recognizer.recognize(text).slots).toMatchObject(slots);
  });
});

describe('never English, nor Chinese with English terms or names in it', () => {
  it.each([
    "Hybrid conference organized by an on-prem user, I'm working from home, where does media go?",
    'Дмитрий calls me from home: which way does the media go?',
    'Meeting with Jean-Pierre at the Hôtel de la Paix, I am on hotel Wi-Fi, does it use ER?',
    'Our CFO is at the Café de Flore and dials into a meeting hosted by Ana de la Cruz, media path?',
    'user at the Tokyo office (東京) joins a meeting, signaling path?',
    'Peer-to-peer call with Min-jun (민준), both Online, both in the office: media?',
    'the 10am EST sync, ET folks on VPN: does the IM traffic go over ER?',
    'Skype for Business Online, the user is at home, PSTN call via Calling Plan',
    '混合式部署，地端使用者開的會議，我在家，媒體走哪？',
    'Hybrid 部署下 PSTN call 的 media path 是走 ER 嗎？',
    '小明の電腦在家裡，加入線上會議，媒體走哪？',
    '我們 CFO 在飯店 joining an Online meeting that 財務主管 organized — does the media go through ER?',
    'ㄅㄆㄇ 我在家打給同事，訊號走哪',
    'Sao Paulo office calls the Lyon office, both on-prem, media?',
    'Wen and Hui call Ma Qing from the office: media?',
    'Zhang Wei (shi) is on VPN at home, does his P2P call use ER?',
  ])('%s', (text) => {
    expect(inOtherLanguage(text)).toBe(false);
  });
});

// The same hostile set wrote "ExpressRoute" with Cyrillic and Greek letters that look like Latin ones: the words read
// as the Latin words they look like. A word wholly in another script stays as written.
describe('letters that look like Latin ones inside Latin words', () => {
  it.each([
    ["Hybrіd deployment, I'm at hоme joining a cоnference an Оnline user organized. Does media go over ЕxprеssRоutе?", "Hybrid deployment, I'm at home joining a conference an Online user organized. Does media go over ExpressRoute?"],
    ['CCΕ deplοyment, PSТN call from the οffice: signaling path?', 'CCE deployment, PSTN call from the office: signaling path?'],
    ['Skypе fоr Businеss Оnlinе, pееr-tо-pееr cаll, bоth usеrs in thе оffiсе', 'Skype for Business Online, peer-to-peer call, both users in the office'],
    ['混合式部署，我在家參加 Оnline 使用者開的會議，媒體走 ЕR 嗎？', '混合式部署，我在家參加 Online 使用者開的會議，媒體走 ER 嗎？'],
  ])('%s', (spoofed, plain) => {
    expect(visibleText(spoofed)).toBe(plain);
    expect(inOtherLanguage(spoofed)).toBe(false);
    expect(pick(recognizer.recognize(spoofed))).toEqual(pick(recognizer.recognize(plain)));
  });

  it('leaves words of another script as written', () => {
    expect(visibleText('Дмитрий is at home, Ολγα in the office')).toBe('Дмитрий is at home, Ολγα in the office');
  });
});

function pick(r: ReturnType<typeof recognizer.recognize>) {
  return { intent: r.intent, slots: r.slots, focus: r.focus };
}
