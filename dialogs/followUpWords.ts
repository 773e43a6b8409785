// Words that mark a follow-up as a change to the current scenario ("what if …", "如果…呢"), not a new question.
const WHAT_IF_MARKERS: readonly RegExp[] = [
  /\b(what|how)\s+(if|about)\b/i,
  /\b(and|but)\s+if\b/i,
  /\b(suppose|supposing|assuming|instead)\b/i,
  /如果|假如|假設|要是|若是|換成|改成|改為|那麼?.*呢/,
];

export function isWhatIf(text: string): boolean {
  return WHAT_IF_MARKERS.some((pattern) => pattern.test(text));
}

/**
 * The whole message says the writer does not know ("not sure", "no idea, sorry", 「不知道」, 「不清楚耶」): an answer to
 * the question on screen. Only the whole message: "I don't know why the audio drops" is a question of its own.
 */
const DONT_KNOW_EN = /^(?:(?:i|we)\s+)?(?:really\s+|honestly\s+)?(?:(?:don'?t|do\s+not|have\s+no|got\s+no)\s+(?:know|idea|clue)|not\s+sure|unsure|no\s+idea|no\s+clue|idk|dunno|unknown|can'?t\s+tell|not\s+known)(?:\s+(?:yet|sorry|tbh|either|for\s+sure|about\s+that|that|offhand))*$/;
const DONT_KNOW_ZH = /^(?:我|我們)?(?:也|真的|其實|目前|暫時)?(?:不知道|不清楚|不確定|不曉得|沒概念|不太清楚|不太確定|未知|不知)(?:耶|欸|誒|啊|啦|呢|喔|哦|捏|餒|ㄟ)*$/;

export function saysDontKnow(text: string): boolean {
  const plain = text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+$/u, '').replace(/^[\s\p{P}\p{S}]+/u, '').replace(/[,，、]\s*/g, ' ').replace(/\s+/g, ' ');
  return DONT_KNOW_EN.test(plain) || DONT_KNOW_ZH.test(plain.replace(/\s/g, ''));
}

/**
 * "Why?" about the answer on screen: a word that asks for the reason (after fillers and "can you explain"), then only
 * words about the answer itself: its traffic, its paths, the servers it names, "that", "so". "Why is signaling
 * different from media?" asks about more than this answer (an explain question), and "why does media go over ER when
 * she's at home?" is a what-if: neither is a "why".
 */
const WHY_EN =
  /^(?:(?:but|and|so|ok|okay|hm+|huh|wait|sorry|really|um+|uh+|hey)\s+)*(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:explain|tell\s+me)\s+|please\s+explain\s+|explain\s+)?(?:why|how\s+come|how\s+so|what\s*s\s+the\s+reason(?:ing)?|what\s+is\s+the\s+reason(?:ing)?|the\s+reason|reason|what\s+makes|because\s+of\s+what)\b/;
const ABOUT_THE_ANSWER_EN = new Set(
  ('s is that this it so not does do would will the a an its go goes going gone over through via use uses using take takes cross crosses crossing ' +
    'stay stays staying keep kept there here then exactly though again for me my our in to and or instead behind pls please ' +
    'media signaling signalling audio video traffic path paths route routes expressroute er internet local network answer way on ' +
    'online on-premises premises prem onprem cloud edge server servers conferencing conference front end phone system gateway connector o365')
    .split(' '),
);
const WHY_ZH =
  /^(?:那|所以|但是?|可是|咦|欸|誒|嗯|蛤|喔|哦|等等|等一下|請問)*(?:(?:可以|能|能不能|可不可以|請)?(?:解釋|說明)(?:一下)?)?(?:為什麼|为什么|為何|为何|怎麼會|怎么会|為啥|为啥|幹嘛|干嘛|什麼原因|(?:這個?|这个?|這樣|这样)?(?:結果|结果|答案|判斷|判断)?的?(?:原因|理由)(?:是什麼|是什么|是啥|是|呢)?)/i;
const ABOUT_THE_ANSWER_ZH =
  /^(?:會|会|是|不是|要|都|就|又|不|沒有|没有|如此|這樣|这样|這個|这个|那樣|那样|判斷|判断|走|經過|经过|到|去|前往|用|使用|留在|在|跑|繞|绕|過|过|跟|和|與|与|我們|我们|的|裡|里|內|ER|ExpressRoute|網際網路|网际网路|internet|外網|外网|內網|内网|網路|网路|本地|內部|内部|媒體|媒体|訊號|讯号|信令|路徑|路径|路由|online|線上|线上|雲端|云端|會議|会议|伺服器|服务器|edge|server|前端|內部部署|内部部署|電話系統|闸道|閘道|呢|啊|啦|咧|勒|哩|耶|嗎|吗|了)*$/i;

/** A whole message as words: compatibility forms folded, lower case, punctuation and symbols (emoji) as spaces. */
function plainWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').trim();
}

export function asksWhy(text: string): boolean {
  // "Office 365" names the cloud; "office" alone is a place, a fact the answer did not have, maybe.
  const plain = plainWords(text).replace(/\boffice\s*365\b/g, 'o365');
  const en = WHY_EN.exec(plain);
  if (en) return plain.slice(en[0].length).split(/\s+/).every((word) => word === '' || ABOUT_THE_ANSWER_EN.has(word));
  const compact = plain.replace(/\s+/g, '');
  const zh = WHY_ZH.exec(compact);
  return zh !== null && zh[0] !== '' && ABOUT_THE_ANSWER_ZH.test(compact.slice(zh[0].length));
}

/**
 * The whole message thanks or acknowledges ("thanks, that helps", "got it 👍", 「謝啦」「好，了解了」): nothing to
 * apply, and no reason to say it was not understood.
 */
const THANKS_EN = new Set(
  'thanks thank thx ty tyvm cheers appreciated appreciate it you so much very many a lot ok okay k great perfect cool nice awesome excellent good got understood makes sense that this helps helped helpful useful noted clear all right alright sure will do super lovely brilliant'.split(' '),
);
const THANKS_EN_CORE = /\b(?:thanks?|thx|ty|tyvm|cheers|appreciated?|got it|understood|makes sense|helps|helped|helpful|useful|noted|clear)\b/;
const THANKS_ZH = /^(?:好|好的|ok|okay|嗯|喔|哦|噢|了解|瞭解|了解了|瞭解了|知道了|懂了|明白|明白了|收到|清楚了|讚|讃|棒|太棒了|很有幫助|有幫助|幫大忙|謝謝|謝啦|谢谢|謝了|感謝|感谢|多謝|多谢|感恩|3q|3q啦|辛苦了|你|您|囉|啦|了|喔|耶|欸|呢|很|非常|真的|的|幫忙|你的|您的)+$/i;
const THANKS_ZH_CORE = /謝|谢|感恩|3q|了解|瞭解|知道了|懂了|明白|收到|清楚了|有幫助|幫大忙|讚|辛苦/i;

export function saysThanks(text: string): boolean {
  const plain = plainWords(text);
  if (plain === '') return false;
  if (THANKS_EN_CORE.test(plain) && plain.split(/\s+/).every((word) => THANKS_EN.has(word))) return true;
  const compact = plain.replace(/\s+/g, '');
  return THANKS_ZH_CORE.test(compact) && THANKS_ZH.test(compact);
}
