/**
 * Products said in a message ("Lync 2013", "SfB Online", "Skype Server", a retired pool): whether the product is
 * someone's homing, the program they run, one of the past, a move not yet made or part of the deployment's name.
 */
import type { Item } from './analyzer';
import { surfaceOf, kindOf, nextIndex, isFiller, previousIndex, isMarker, isPossessive } from './items';

/** Verbs that move an account somewhere ("已搬到 SfB Online", "移到 Skype Online"): the product after them is its homing. */
export const MOVED_TO: ReadonlySet<string> = new Set(['搬到', '搬去', '搬上', '移到', '移去', '遷到', '轉到', '搬移到', '遷移到', '還沒遷移到', '尚未遷移到']);

/** The same, said with any verb for moving and a move not yet made ("移轉到", "轉移至", "還沒搬遷到"). */
export const MOVED_TO_FORM = /^(?:已|已經|還沒|尚未|還未|仍未|沒有|還沒有)?(?:移轉|轉移|遷移|搬遷|搬移)(?:到|至)$/;

/** Words that join the parts of a deployment's name ("Online + Cloud Connector", "Online with CCE"). */
const DEPLOYMENT_JOINS: ReadonlySet<string> = new Set(['with', 'and', '+', 'plus', '加', '搭配', '+']);

/**
 * "Env: Online + Cloud Connector", "Online with CCE for PSTN", "CCE + Online": a bare "Online" joined to a deployment
 * is part of the deployment's name, not where anyone is homed.
 */
export function namesDeployment(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'online' || !/^(?:online|線上|雲端)$/.test(item.surface)) return false;
  const joined = (step: number) => {
    let k = index + step;
    if (DEPLOYMENT_JOINS.has(surfaceOf(items[k]) ?? '')) k += step;
    return kindOf(items[k]) === 'deployment';
  };
  // "hybrid and online users at home": before a person it says who they are.
  return (joined(1) || joined(-1)) && kindOf(items[nextIndex(items, index, isFiller)]) !== 'party';
}

/** A product's name, with a version at most: "lync", "lync 2013", "skype server 2015". */
export const PRODUCT_NAME = /^(?:lync|skype(?: for business)?|sfb|s4b)(?: server)?(?: \d{4})?$/;

/**
 * "we moved from SfB Server 2015 to SfB Online", "my old Lync 2013 account", "we used to have a Lync pool", "the Lync
 * 2013 pool was decommissioned": a product named in a clause about the past is what was, not anyone's homing now.
 */
export function pastProduct(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed') return false;
  const product = PRODUCT_NAME.test(item.surface);
  // "we retired our on-prem Skype servers", "we shut down the Lync servers": servers or a pool (or the on-prem words
  // naming them) taken out of service are gone, said of any machine; "old" or "from" only put a product's name there
  // ("she is still on the old pool" is where she is homed).
  const next = items[index + 1];
  const machines = SERVER.test(item.surface) || (kindOf(next) === 'homed' && SERVER.test(surfaceOf(next) ?? ''));
  if (!product && !machines) return false;
  const past = product ? PAST : RETIRED;
  const inClause = (step: number, words: ReadonlySet<string>) => {
    for (let j = index + step; j >= 0 && j < items.length; j += step) {
      const other = items[j];
      if (other.kind === 'break') return false;
      if (words.has(surfaceOf(other) ?? '')) return true;
    }
    return false;
  };
  // "my manager is still on the old in-house Skype server": what someone is still on is where they are homed now.
  if (product && inClause(-1, STILL)) return false;
  return inClause(-1, past) || inClause(1, past);
}
/** Words after a product's name that make it the program someone runs ("the Lync 2013 client", "Lync 用戶端"). */
const CLIENT_SOFTWARE = /^(?:client|clients|app|apps|applic|softwar|desktop client|用戶端|客戶端|軟體)$/;

/**
 * "we still use the Lync 2013 client", "my Lync client shows presence": a product's name before a word of a program is
 * the client someone runs (an Online tenant's users may run the Lync client), not where anyone is homed.
 */
export function clientSoftware(items: readonly Item[], index: number): boolean {
  const item = items[index];
  return item.kind === 'mention' && item.concept.kind === 'homed' && PRODUCT_NAME.test(item.surface) && CLIENT_SOFTWARE.test(surfaceOf(items[index + 1]) ?? '');
}

/** The on-premises words that, said of a person, may be where they are ("on premises", "地端") and not their homing. */
const ON_PREMISES_WORDS = /^(?:on prem|on premises?|on[- ]?prem(?:ise|ises)?|在?地端)$/;

/**
 * "SfB Online tenant. Both users are on premises at HQ", "I'm on-prem today (in the office)", "我人在地端（公司裡）": in
 * an Online or Cloud Connector organization (stated, and no Hybrid said), on-premises right before one of our places
 * says where someone is, on site, not that they are homed on-premises (read so, the deployment became Hybrid).
 */
export function onSite(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'onPremises' || !ON_PREMISES_WORDS.test(item.surface)) return false;
  const next = items[nextIndex(items, index, (x) => isFiller(x) || (x.kind === 'break' && x.paren === 'open'))];
  if (!(next?.kind === 'mention' && next.concept.kind === 'place' && next.concept.value === 'customerNetwork')) return false;
  const deployments = items.flatMap((x, k) => (x.kind === 'mention' && (x.concept.kind === 'deployment' || x.concept.kind === 'deploymentHint') ? [x.concept.value] : weAreOnline(items, k) ? ['online'] : []));
  return deployments.length > 0 && !deployments.includes('hybrid');
}

/**
 * "I'm at the premises of a partner company", "on our client's premises": "premises" without "on" before it is a
 * building, whoever's it is, not a homing on-premises.
 */
export function barePremises(items: readonly Item[], index: number): boolean {
  const item = items[index];
  return item.kind === 'mention' && item.concept.kind === 'homed' && /^premises?$/.test(item.surface);
}

/**
 * "we're online", "we are on SfB Online": the whole organization said to be Online at `index`. Not one with slots.ts
 * everyoneOnline: this one runs while the attributes are being read (onSite asks it whether a statement is an
 * attribute at all) and sees only "we" right before Online; everyoneOnline reads the attributes, where any words for everyone attached to it
 * ("all our users are homed Online", "nobody here is homed on-prem", a denial) count, so neither can stand for the other.
 */
function weAreOnline(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'homed' || item.concept.value !== 'online') return false;
  const before = items[previousIndex(items, index, (x) => isFiller(x) || isMarker(x, 'copula'))];
  return before?.kind === 'mention' && before.concept.kind === 'party' && before.concept.role === 'all';
}

/**
 * Words that take machines out of service (as keys: "decommissioned" is "decommiss", "got rid of" has "rid"), in plain
 * speech too: "we killed the last lync pool", "ripped out", "tore down", "switched off", "pulled the plug on", "binned".
 */
const RETIRED: ReadonlySet<string> = new Set([
  'decommiss', 'decommissioned', 'retir', 'retired', 'shut', 'rid', 'sunset', 'sunsett', 'dismantl', 'scrap', 'scrapp', 'ago',
  'kill', 'rip', 'tore', 'torn', 'off', 'plug', 'ditch', 'bin', 'remov', 'uninstal', 'nuke',
]);
/** Words that say someone is on something yet. */
const STILL: ReadonlySet<string> = new Set(['still']);
/** Words that put a product in the past (as keys: "decommissioned" is "decommiss"). */
const PAST: ReadonlySet<string> = new Set(['from', 'old', 'used', 'former', 'formerli', 'previous', 'previousli', 'legaci', 'legacy', 'until', ...RETIRED]);
/** A server named as such ("Skype Server", "地端 pool"), not a word for someone's homing ("總部的內部部署使用者"). */
export const SERVER = /server|伺服器|pool|集區|主機/;

/**
 * "SfB Server 2015 的 CU", "SfB Server 2019 的累積更新", "Lync 2013 的授權": a product named for a thing of its own (an
 * update, a licence) or with such a thing said right after it ("SfB Server 2015 still supported") is about the
 * product, not where anyone is homed; "SfB Server 2015 的 pool" and "還在地端 pool 的阿明" still are.
 */
export function productAttribute(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || kindOf(item) !== 'homed' || !(SERVER.test(item.surface) || PRODUCT_NAME.test(item.surface))) return false;
  const of = items[index + 1];
  const thing = items[index + 2];
  // "is SfB Server 2015 still supported", "SfB Server 2015 還有支援嗎": what is said of the product right after it.
  if (kindOf(items[nextIndex(items, index, isFiller)]) === 'noise') return true;
  // "打給還在地端 pool 的阿明": a name after it is someone homed there, not a thing of the product.
  return isPossessive(of) && (kindOf(thing) === 'noise' || (thing?.kind === 'word' && !SERVER.test(thing.key) && thing.name !== true));
}
