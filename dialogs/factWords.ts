// "I don't know where his account is homed", 「我不知道他的帳號在哪」: which fact of the call the writer says they do
// not know, when no question is on screen. The recognizer reads values ("homed on-prem", 「在家」) into the engine's
// slots, never the name of a fact asked about without a value, so the fact is read here, in the engine's slot names:
// what kind of fact (the words below), and whose (the user's, the other party's, or a pronoun that may be either).
import { DONT_KNOW_LEAD_EN, DONT_KNOW_LEAD_ZH, withoutContractions } from './followUpWords';

/** A fact as the writer names it: `place` and `homing` are the user's or the other party's, by `party`. */
export type FactKind = 'homing' | 'place' | 'organizer' | 'deployment' | 'firewall';

/** Whose fact: said of the user ("I", "the user"), of the other party, or of a pronoun / nobody (either, in a call of two). */
export type FactParty = 'user' | 'peer' | 'either';

export interface UnknownFact {
  kind: FactKind;
  party: FactParty;
}

// What follows "I don't know": one clause, without "why" (a question of its own) or the traffic (a doubt about a path).
const LEAD_EN = new RegExp(`^${DONT_KNOW_LEAD_EN}\\s+(?:about\\s+|of\\s+)?(.+)$`);
const LEAD_ZH = new RegExp(`^${DONT_KNOW_LEAD_ZH}(.+)$`);
const NOT_A_FACT_EN = /\b(?:why|how\s+come|media|signal+ing|traffic|audio|video|route|path|goes|go|going)\b/;
const NOT_A_FACT_ZH = /為什麼|为什么|為何|怎麼會|媒體|訊號|信令|流量|路徑|路由|走/;
/** Another clause after the first ("…, but she is at home"): the message says more than what it does not know. */
const MORE_THAN_ONE_CLAUSE = /[,;.!?，。；！？、]\s*\S|\b(?:but|and|so)\b|但|可是|不過|而且/;

/** Tried in this order; the first kind found is the fact, so "where the organizer is homed" is the organizer. */
const KINDS: readonly { kind: FactKind; en: RegExp; zh: RegExp }[] = [
  // How a meeting comes to be, after "who" ("who set it up", "who sent the invite", 「誰安排的」): its organizer.
  {
    kind: 'organizer',
    en: /\b(?:organi[sz](?:er|ers|ed|es)|host(?:ed|s|ing)?|scheduled|whose\s+(?:meeting|conference)|who\s+(?:(?:actually|originally|even)\s+)?(?:set\s+(?:(?:it|this|that|the\s+\w+)\s+)?up|booked|arranged|convened|created|started|sent\s+(?:out\s+)?(?:the\s+|that\s+)?invit\w*))\b/,
    zh: /召集|主持|主辦|發起|誰開的|誰約的|誰辦的|誰訂的|誰(?:安排|建立|預約|預訂|召開|發的?邀請|寄的?邀請)|邀請是?誰(?:發|寄)/,
  },
  { kind: 'deployment', en: /\b(?:deployment|deployed|hybrid|cloud\s+connector|cce)\b/, zh: /部署|混合|雲端連接器|cce/i },
  { kind: 'firewall', en: /\b(?:firewalls?|udp|ports?|nat|direct\s+(?:path|connection|route))\b/, zh: /防火牆|udp|連接埠|直連|直接連線|直接路徑/i },
  { kind: 'homing', en: /\b(?:hom(?:ed|ing)|account|pool|registrar|online\s+or\s+on\s*prem\w*|on\s*prem\w*\s+or\s+(?:online|in\s+the\s+cloud))\b/, zh: /帳號|帐号|駐留|homed|位於線上|線上還是|內部部署還是|地端還是/i },
  { kind: 'place', en: /\b(?:where|location|located|connect(?:s|ing|ed)?\s+from|office|at\s+home|vpn|on\s+(?:our|the)\s+network)\b/, zh: /在哪|哪裡|位置|在家|辦公室|公司|連線|vpn|內網|外網/i },
];

const PEER_EN = /\b(?:other\s+(?:party|person|user|side|end)|callee|recipient|peer|colleague|coworker|co-worker|far\s+end|counterpart|the\s+person\s+(?:i|we|he|she|they)\s+(?:call|called|am\s+calling))\b/;
const USER_EN = /\b(?:i|i\s+am|im|me|my|mine|myself|the\s+user|user\s+s|our\s+user)\b/;
const PEER_ZH = /對方|另一方|另一位|同事|受話方|對端|被叫方|通話對象/;
const USER_ZH = /我(?!們)|使用者/;

function partyOf(rest: string, zh: boolean): FactParty {
  if ((zh ? PEER_ZH : PEER_EN).test(rest)) return 'peer';
  if ((zh ? USER_ZH : USER_EN).test(rest)) return 'user';
  return 'either';
}

function factOf(rest: string, zh: boolean): UnknownFact | undefined {
  const found = KINDS.find((k) => (zh ? k.zh : k.en).test(rest));
  return found && { kind: found.kind, party: partyOf(rest, zh) };
}

/**
 * The fact a whole message says the writer does not know; undefined when the message is not one clause of "I don't
 * know …" naming a fact (a bare "I don't know" is saysDontKnow's; a question, a doubt about a path, more than that).
 */
export function unknownFact(text: string): UnknownFact | undefined {
  const plain = withoutContractions(text.normalize('NFKC').toLowerCase()).replace(/’/g, "'").replace(/[\s\p{P}\p{S}]+$/u, '').trim();
  if (plain === '' || MORE_THAN_ONE_CLAUSE.test(plain)) return undefined;
  // Punctuation as spaces, but "I'm" kept whole: the "don't know" lead spells it so.
  const words = plain.replace(/[\p{P}\p{S}]+/gu, (p) => (p === "'" ? p : ' ')).replace(/\s+/g, ' ').trim();
  const en = LEAD_EN.exec(words);
  if (en) {
    return NOT_A_FACT_EN.test(en[1]) ? undefined : factOf(en[1], false);
  }
  const compact = words.replace(/\s+/g, '');
  const zh = LEAD_ZH.exec(compact);
  return !zh || NOT_A_FACT_ZH.test(zh[1]) ? undefined : factOf(zh[1], true);
}
