// Our own site, named once and then said by its head word alone: 「應變中心這邊是混合式部署」 … 「那主任在中心撥外線呢？」,
// 「我在會館辦公室」 … 「領隊也在會館」, 「拍賣市場，混合式」 … 「組長在市場裡」. Alone, the head word reads as nothing (中心,
// 會館) or as a public place (a market is the Internet), so the person's place was asked again or answered wrong (session
// 62/64 dev conversations). Once the writer has named the site as where the organization is (its opening topic) or as
// where its offices are (「X辦公室」「X櫃檯」), the head word said alone later in the conversation, or later in the same
// message, is that site: read as our office. Kept for the whole conversation, as the organization is.

/** Head words of a site a Chinese writer shortens the site's name to (「應變中心」 to 中心, 「台中館」 to 館). */
const WORD_HEADS_ZH = ['中心', '會館', '市場', '總部', '園區', '基地', '分行', '分店', '分隊'];
/**
 * One character heads, a site only after a name of two characters or more, and not in a word of their own
 * (「鋼鐵廠」, 「管理處」; not 「出處是哪裡」 or 「我們網站是…」, whose 處 and 站 were kept as a site of ours).
 */
const CHARACTER_HEADS_ZH = ['館', '廠', '處', '站', '院'];
/** Characters that make a one character head a word of its own (出處, 網站, 好處, 到處, 此處, 住處, 用處…). */
const NOT_BEFORE_HEAD_ZH = '出網网好用到此各住之何哪某該该本這这那';
const HEAD_ZH = [...WORD_HEADS_ZH, ...CHARACTER_HEADS_ZH].join('|');
/** The site as the message's opening topic: 「應變中心這邊是…」, 「拍賣市場，混合式」, 「我們造船廠這裡用 …」. */
const OPENING_ZH = new RegExp(
  `^(?:我們|咱們)?(?:[\\u4e00-\\u9fff]{0,6}?(${WORD_HEADS_ZH.join('|')})|[\\u4e00-\\u9fff]{2,6}?(?<![${NOT_BEFORE_HEAD_ZH}])(${CHARACTER_HEADS_ZH.join('|')}))(?=這邊|這裡|，|,|、|是|用|有)`,
);
/** The site as where an office, a desk or our network is: 「在會館辦公室」, 「人在台中館櫃檯」, 「在分隊內網」. */
const OFFICE_ZH = new RegExp(`(?:在|從|於)[\\u4e00-\\u9fff]{0,4}?(${HEAD_ZH})(?=辦公室|櫃檯|櫃台|內網|大樓)`, 'g');
/** The text written for our site: the office, which the recognizer reads as our network. */
const OFFICE_WORD_ZH = '辦公室';

/** Head words of the message's sites named as ours (see above), in the order said. */
function sitesNamed(text: string): string[] {
  const found = OPENING_ZH.exec(text);
  const opening = found?.[1] ?? found?.[2];
  return [...(opening === undefined ? [] : [opening]), ...[...text.matchAll(OFFICE_ZH)].map((m) => m[1])];
}

/** The sites known before this message with those it names. */
export function sitesAfter(text: string, known: readonly string[] | undefined): readonly string[] | undefined {
  const named = sitesNamed(text).filter((site) => !known?.includes(site));
  return named.length === 0 ? known : [...(known ?? []), ...named];
}

/**
 * The text with each head word of our sites said alone where someone is (「在中心」「也在會館」「在市場裡」「館內」,
 * after being at, going back to or calling from it) written as our office. Inside a longer name (「台中館」, 「到市場買」
 * of nobody's place) it is left: only the head word right after the word of being there, ending the place.
 */
export function withOurSites(text: string, sites: readonly string[] | undefined): string {
  if (sites === undefined || sites.length === 0) return text;
  const bare = new RegExp(`(在|到|回|從|於)(${sites.join('|')})(?=裡|內|[^\\u4e00-\\u9fff]|$|撥|打|參|加|用|上|的)`, 'g');
  return text.replace(bare, (_m, at: string) => `${at}${OFFICE_WORD_ZH}`);
}
