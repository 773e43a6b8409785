// Which statements a negation word denies: "not on the corporate network", "不在公司網路", "isn't homed on-prem".
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { endsSentence, isCloudConnector, isFiller, isPossessive, kindOf, nextIndex, surfaceOf } from './items';
import { classWords } from './wordClasses';

/** How far a negation reaches, in items: "not really on the corporate network" still counts. */
const REACH = 4;
/**
 * "no" denies only what it stands right before ("no firewall", "no servers on-prem": words the vocabulary does not
 * know may stand between); "no, it's online" and "no it is online" are answers, not denials.
 */
const SHORT_REACH: ReadonlySet<string> = new Set(['no']);

/** What a negation can deny: statements about the scenario. */
function deniable(concept: Concept): boolean {
  switch (concept.kind) {
    case 'place':
    case 'sharedPlace':
    case 'homed':
    case 'vpn':
    case 'datacenter':
    case 'company':
    case 'deployment':
    case 'deploymentHint':
    case 'callType':
    case 'firewall':
    case 'traffic':
      return true;
    case 'cue':
      return ['block', 'allow', 'firewall', 'direct'].includes(concept.cue);
    default:
      return false;
  }
}

/**
 * A negation before a path is about the path ("doesn't go over the Internet from home"), and before a verb about
 * the verb ("won't connect to the guest wifi"), not what follows.
 */
function stopsNegation(concept: Concept): boolean {
  return concept.kind === 'path' || concept.kind === 'call' || (concept.kind === 'cue' && (concept.cue === 'join' || concept.cue === 'question'));
}

/** How far back a negation reaches to a VPN said before it ("VPN 沒開", "VPN 也還沒連上", "VPN isn't on"). */
const VPN_BACK_REACH = 3;

/** "VPN 沒開": a VPN with a negation right after it, in the same clause. */
function deniedAfter(items: readonly Item[], index: number): number | undefined {
  for (let j = index - 1; j >= 0 && j >= index - VPN_BACK_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break') return undefined;
    if (before.kind === 'mention' && before.concept.kind === 'vpn') return j;
  }
  return undefined;
}

/**
 * A word the vocabulary does not know that starts with a negated verb of connecting ("沒連學校 VPN", "沒連公司的
 * VPN", "未接公司 VPN"): the segmenter keeps "沒連公司" whole, so the negation is no word of its own.
 */
const NEGATED_CONNECTING = /^(沒有?|未|尚未|還沒有?|不)(連|開|掛|接|用|上|走)/;
/** English verbs of leaving the VPN off ("skips the VPN", "forgot the VPN", "ignored the VPN"), as matching keys. */
const LEFT_OFF: ReadonlySet<string> = new Set(['skip', 'skipped', 'skipping', 'forget', 'forgot', 'forgotten', 'ignor', 'avoid', 'avoids', 'avoided']);
/** Verbs of using, which a negation passes over to what is used ("never uses the VPN", "not using cloud"). */
const USING: ReadonlySet<string> = new Set(['use', 'uses', 'used', 'using']);

/**
 * A verb a negation passes over to its object: using, to the VPN or homing used ("doesn't use VPN", "that company
 * not using cloud"); a call verb, to the call type called ("not ringing a phone number", "isn't dialing a landline":
 * no PSTN call). A call word before "的" is no verb but the product whose servers follow ("沒有 Skype 的地端伺服器":
 * no on-premises servers; stopped there, the servers were read as the user's homing, a wrong hybrid answer).
 */
function passedOver(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const object = kindOf(items[nextIndex(items, index, isFiller)]);
  if (item.kind !== 'mention') return false;
  if (item.concept.kind === 'call' && isPossessive(items[index + 1])) return object === 'homed';
  return (USING.has(item.surface) && (object === 'vpn' || object === 'homed')) || (item.concept.kind === 'call' && object === 'callType');
}
/** How far before a VPN such a word may stand ("沒連 學 校 VPN"). */
const NEGATED_CONNECTING_REACH = 4;

/** "我在家沒連公司的 VPN", "公司 VPN 沒開": a negated verb of connecting right before the VPN at `index`, or after it. */
function connectionDenied(items: readonly Item[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - NEGATED_CONNECTING_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break' || (before.kind === 'mention' && before.concept.kind !== 'filler')) break;
    if (before.kind === 'word' && (NEGATED_CONNECTING.test(before.key) || LEFT_OFF.has(before.key))) return true;
  }
  // "公司 VPN 沒開", "學校 VPN 沒連上": said after it.
  const after = items[index + 1];
  return after?.kind === 'word' && NEGATED_CONNECTING.test(after.key);
}

/** How far after a failure word a VPN may come ("lost the VPN", "斷了 VPN"). */
const VPN_AHEAD_REACH = 2;

/** "VPN dropped", "VPN 斷線了", "lost the VPN": the VPN a failure word is said of, in the same clause. */
function failedVpn(items: readonly Item[], index: number): number | undefined {
  const before = deniedAfter(items, index);
  if (before !== undefined) return before;
  for (let j = index + 1; j < items.length && j <= index + VPN_AHEAD_REACH; j++) {
    const after = items[j];
    if (after.kind === 'break') return undefined;
    if (after.kind === 'mention' && after.concept.kind === 'vpn') return j;
  }
  return undefined;
}

/** A failure word, or a blocking one ("dropped", "斷掉", "卡住"), which said of a VPN means the same. */
const isFailure = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && (item.concept.cue === 'down' || item.concept.cue === 'block');

/**
 * "not working from home", "not working at home": the failure phrase "not working" right before a place says where
 * someone is not, so it denies the place (and nothing else: the office said beside it stays).
 */
function deniedWorkPlace(items: readonly Item[], index: number): number | undefined {
  const item = items[index];
  const next = items[index + 1];
  if (item.kind !== 'mention' || !/^not\s/.test(item.surface)) return undefined;
  return next?.kind === 'mention' && next.concept.kind === 'place' ? index + 1 : undefined;
}

/**
 * A word the lexicon does not hold that opens with a negation ("沒有地端的 CCE 設備", "未使用 Cloud Connector", "沒用 CCE"):
 * it denies as the negation does.
 */
const NEGATED_WORD = /^(?:(?:沒有|並沒有|並非|不是)[\u3400-\u9fff]|(?:沒有?|並未|尚未|未|不)(?:使用|用|導入|採用|安裝|裝|架設?|部署|啟用))/;

/**
 * "我們公司電話不是換成那個雲端連接器了嗎": "不是" in a clause that ends in "嗎" asks the reader to agree that it is
 * so; it denies nothing.
 */
function rhetorical(items: readonly Item[], index: number): boolean {
  if ((items[index] as Extract<Item, { kind: 'mention' }>).surface !== '不是') return false;
  for (let j = index + 1; j < items.length && items[j].kind !== 'break'; j++) if (surfaceOf(items[j]) === '嗎') return true;
  return false;
}

/** Words of knowing a negation may stand before ("不知道", "not sure", "don't know"), as surfaces or keys. */
export const KNOWING: ReadonlySet<string> = new Set(['知道', '確定', '清楚', '太清楚', '懂', '了解', '瞭解', '明白', 'sure', 'know', 'idea', 'clue', 'understand', 'certain']);

/**
 * "不知道 federation 是什麼", "我不確定 PSTN 是什麼", "no idea what PSTN is": a negation of the writer's knowing in a
 * clause that asks what something is denies nothing: the term after it is what is asked. ("我不知道她在不在家" asks
 * nothing of a term: there the negation is left to deny what it reaches, as before.)
 */
function deniesKnowing(items: readonly Item[], index: number): boolean {
  const next = items[nextIndex(items, index, isFiller)];
  if (next === undefined || !KNOWING.has(surfaceOf(next) ?? '')) return false;
  for (let j = index + 1; j < items.length && !endsSentence(items[j]); j++) {
    const item = items[j];
    if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'explain') return true;
  }
  return false;
}

/**
 * "why doesn't the broadcast stream use ER?", "why don't meeting media go over ExpressRoute": a negation right after
 * "why" and its auxiliary stands before the subject; it denies the verb, so the call or traffic the question is about
 * (the subject) is passed over. A place after it is still denied ("why isn't she on the corporate network?").
 */
function invertedWhy(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  return before?.kind === 'mention' && before.concept.kind === 'cue' && before.concept.cue === 'why' && /^why\s/.test(before.surface);
}

/** What stands as the subject of an inverted question: the call or the traffic it asks about. */
const SUBJECT_KINDS: ReadonlySet<Concept['kind']> = new Set(['callType', 'traffic']);

/** What a Chinese negation closing its clause denies when said after it ("地端早就沒了": the servers, not the place). */
const GONE_KINDS: ReadonlySet<Concept['kind']> = new Set(['homed', 'datacenter', 'deployment']);
/** Words that join what something is set apart from ("跟內網隔開", "與公司網路是分開的"). */
const APART_WITH: ReadonlySet<string> = new Set(['跟', '和', '與', '与', '同']);
/** Words after it that say the two are kept apart (the segmenter splits them: "隔" "開", "分" "開的"), past a copula or "完全". */
const APART = /^(?:是|都|也|有|被|完全|徹底)*(?:分開|分离|分離|隔開|隔开|分开|隔離|隔离|區隔|区隔|切開|切开|獨立|独立)/;
/** How many items after the network the words of keeping apart may take ("是 分 開的", "完 全 隔 離"). */
const APART_REACH = 6;

/**
 * "訪客 Wi-Fi（跟公司網路是分開的）", "跟內網隔開直接出外網": a network said as what another is kept apart from is not
 * the one anyone is on, as "separate from the corporate network" says in English, where the vocabulary denies it.
 */
function keptApartFrom(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'place' || !APART_WITH.has(surfaceOf(items[index - 1]) ?? '')) return false;
  let after = '';
  for (let k = index + 1; k < items.length && k <= index + APART_REACH && items[k].kind !== 'break'; k++) after += surfaceOf(items[k]) ?? '';
  return APART.test(after);
}

/** How far back, past words the vocabulary carries nothing for, such a statement may stand ("地端 早就 沒 了"). */
const GONE_BACK_REACH = 3;

/**
 * "我們 SfB 是 Online（地端早就沒了）", "Lync server 已經沒有了": a Chinese negation that closes its clause, with nothing
 * after it to deny, denies the on-premises system or deployment said right before it (that it is gone).
 */
function goneBefore(items: readonly Item[], index: number): number | undefined {
  const item = items[index];
  if (item.kind !== 'mention' || !/^(沒有?|無)$/.test(item.surface)) return undefined;
  const next = items[nextIndex(items, index, isFiller)];
  if (next !== undefined && next.kind !== 'break') return undefined;
  for (let j = index - 1; j >= 0 && j >= index - GONE_BACK_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break' || (before.kind === 'mention' && !isFiller(before) && !GONE_KINDS.has(before.concept.kind))) return undefined;
    if (before.kind === 'mention' && GONE_KINDS.has(before.concept.kind)) return j;
  }
  return undefined;
}

/** Whether an item may stand between a system and the word that takes it out of service ("Lync 2010 was retired"). */
const passedToSystem = (item: Item): boolean =>
  item.kind === 'word' || isFiller(item) || (item.kind === 'mention' && item.concept.kind === 'marker' && item.concept.marker === 'copula') || (item.kind === 'break' && item.paren !== undefined);

/**
 * "Legacy: Lync 2010 (decommissioned)", "the on-prem Lync pool was retired", "地端都下線了", "we shut down our Lync
 * servers": the on-premises systems or deployment a word of taking out of service is said of, before it or after it
 * in its clause, are gone.
 */
function retired(items: readonly Item[], index: number): number[] {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'cue' || item.concept.cue !== 'gone') return [];
  const systems: number[] = [];
  for (const step of [-1, 1]) {
    // How many items may stand between the word and the nearest system, then between systems ("on-prem Lync pool").
    let reach = GONE_BACK_REACH;
    for (let j = index + step; j >= 0 && j < items.length && reach > 0; j += step, reach--) {
      const near = items[j];
      if (near.kind === 'mention' && GONE_KINDS.has(near.concept.kind)) {
        systems.push(j);
        reach = GONE_BACK_REACH + 1;
      } else if (!passedToSystem(near)) break;
    }
  }
  return systems;
}

/**
 * "if we dropped CCE", "got rid of the Cloud Connector", 「如果不用 CCE」, 「CCE 拿掉」: Cloud Connector beside a word of
 * leaving it (the class `leaving`), before or after it across words the vocabulary carries nothing for, is taken out
 * of service (the blind judge of convs12, c12-5 t4, found "dropped CCE" read as a Cloud Connector deployment still).
 */
function leftCloudConnectors(items: readonly Item[]): number[] {
  const leaving = classWords(items, 'leaving');
  const nearest = (from: number, step: number): number[] => {
    for (let j = from + step, reach = GONE_BACK_REACH; j >= 0 && j < items.length && reach > 0; j += step, reach--) {
      if (isCloudConnector(items[j])) return [j];
      if (!passedToSystem(items[j])) return [];
    }
    return [];
  };
  return [...leaving].flatMap((index) => [...(leaving.has(index + 1) ? [] : nearest(index, 1)), ...(leaving.has(index - 1) ? [] : nearest(index, -1))]);
}

/** The on-premises systems said to be gone, and those of them taken out of service by a word that does it. */
export interface OutOfService {
  /**
   * Indexes of the on-premises systems or deployments said to be gone: by a clause-final negation (see goneBefore), a
   * word of taking out of service (see retired), or of leaving Cloud Connector (see leftCloudConnectors).
   */
  readonly gone: ReadonlySet<number>;
  /**
   * Those taken out of service by a word that does it ("retired", "decommissioned", 「淘汰」, or one of leaving), not
   * only said to be no more: "if we decommissioned the Cloud Connector" leaves its users Online, "CCE 早就沒了" says
   * what we no longer run, not what we run now.
   */
  readonly taken: ReadonlySet<number>;
}

/**
 * One walk for both sets of OutOfService. A word of taking out of service is never a negation, so what `retired`
 * finds is taken as well as gone; a clause-final negation makes its system gone only.
 */
export function outOfService(items: readonly Item[]): OutOfService {
  const left = leftCloudConnectors(items);
  const gone = new Set<number>(left);
  const taken = new Set<number>(left);
  items.forEach((item, index) => {
    const negation = item.kind === 'mention' && item.concept.kind === 'negation' && deniedAfter(items, index) === undefined;
    const before = negation ? goneBefore(items, index) : undefined;
    if (before !== undefined) {
      gone.add(before);
      return;
    }
    for (const system of retired(items, index)) {
      gone.add(system);
      taken.add(system);
    }
  });
  return { gone, taken };
}

/**
 * Indexes of the items a negation denies: the first deniable statement after it in the same clause, or a VPN just
 * before it ("VPN 沒開": said first, denied after, as people say it), or the on-premises system a clause-final one says
 * is gone ("地端早就沒了"). A failure word denies only a VPN ("VPN
 * dropped", "VPN 斷線了"): "calls keep dropping at home" says nothing against home.
 */
export function negatedItems(items: readonly Item[]): Set<number> {
  const negated = new Set<number>();
  items.forEach((item, index) => {
    if (keptApartFrom(items, index)) negated.add(index);
    if (item.kind === 'mention' && item.concept.kind === 'vpn' && connectionDenied(items, index)) negated.add(index);
    const failed = isFailure(item) ? (failedVpn(items, index) ?? deniedWorkPlace(items, index)) : undefined;
    if (failed !== undefined) negated.add(failed);
    if (failed !== undefined || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'down')) return;
    if (!(item.kind === 'mention' && item.concept.kind === 'negation') && !(item.kind === 'word' && NEGATED_WORD.test(item.key))) return;
    const before = deniedAfter(items, index) ?? goneBefore(items, index);
    if (before !== undefined) {
      negated.add(before);
      return;
    }
    if (item.kind === 'mention' && (rhetorical(items, index) || deniesKnowing(items, index))) return;
    const short = item.kind === 'mention' && SHORT_REACH.has(item.surface);
    const inverted = invertedWhy(items, index);
    for (let j = index + 1; j < items.length && j <= index + REACH; j++) {
      const next = items[j];
      if (next.kind === 'break') return;
      if (inverted && next.kind === 'mention' && SUBJECT_KINDS.has(next.concept.kind)) continue;
      // "還沒搬的人都在地端": a negation before "的" and a person describes them; what is said of them is not denied.
      if (isPossessive(next) && kindOf(items[j + 1]) === 'party' && /\p{Script=Han}/u.test(surfaceOf(items[j + 1]) ?? '')) return;
      if (next.kind !== 'mention') continue;
      if (deniable(next.concept)) {
        negated.add(j);
        return;
      }
      if (short) return;
      // "not expected to use the corporate VPN": a verb passed over reaches its object, however far the negation came.
      if (passedOver(items, j)) {
        const object = nextIndex(items, j, isFiller);
        const target = items[object];
        if (target?.kind === 'mention' && deniable(target.concept)) negated.add(object);
        return;
      }
      if (stopsNegation(next.concept)) return;
    }
  });
  return negated;
}
