// "so it does go over ExpressRoute then?", 「所以會吃到我們的 ER？」, 「所以媒體不會出去？」: a yes or no question about the
// answer on screen, drawing its conclusion from it. A blind judge of session 46 saw them turned away (not understood,
// out of scope): the answer's own paths say yes or no, for the traffic asked about (or both), in a sentence. Asked of a
// call whose facts it states, or of a path someone saw, it is something else (a what-if, a triage).
import type { Leg, PathKind, Resolution, TrafficType } from '../src/engine';
import { shownTraffic } from '../src/present';

/** A path asked about: one of the three, or "out" of your network (「出去」), which is ExpressRoute or the Internet. */
export type AskedPath = PathKind | 'out';

export interface PathQuestion {
  path: AskedPath;
  /** "so media won't go out?", "so it doesn't use ER?": the answer is yes when the path is not taken. */
  negated: boolean;
}

/**
 * What draws the conclusion: "so", "then", 「所以」, 「也就是說」, or "… then?" at the end; or whether the call on
 * screen still needs or uses a path ("do we still need ER?", "is ER even used here?", 「還需要 ER 嗎？」), which its
 * own legs say (they were not understood in English).
 */
const STILL_EN = String.raw`\b(?:still|even|actually)\s+(?:(?:be|being)\s+)?(?:need|needs|needed|use|uses|used|using|require|requires|required|go|goes|going|cross|crosses|touch|touches|hit|hits)\b`;
const CONCLUDES_EN = new RegExp(String.raw`^(?:(?:ok|okay|right|got\s+it|i\s+see)\s+)?(?:so|then|therefore|which\s+means|meaning)\b|\bthen\s*$|${STILL_EN}`);
const CONCLUDES_ZH = /^(?:好|了解|喔|哦|ok)?(?:所以|那麼|那|也就是說|也就是说|意思是|換句話說|换句话说|這樣|这样)|^(?:我們|我|這通|這樣)?(?:還|还)(?:需要|需不需要|要不要|用得到|會用到|有用到|會走|會經過)/;
/** The words of each remote path, shared by the path asked and the path set aside against it. */
const ER_EN = String.raw`(?:er|expressroute|express\s+route)`;
const INTERNET_EN = String.raw`(?:internet|isp|public\s+internet)`;
const ER_ZH = String.raw`(?:(?<![a-z])er(?![a-z])|expressroute|專線|专线)`;
const INTERNET_ZH = String.raw`(?:網際網路|网际网络|internet|外網|外网|公網|公网|(?<![a-z])isp(?![a-z]))`;
const PATHS_EN: [AskedPath, RegExp][] = [
  ['expressRoute', new RegExp(String.raw`\b${ER_EN}\b`)],
  ['internet', new RegExp(String.raw`\b${INTERNET_EN}\b`)],
  ['local', /\b(?:stays?|staying|kept|keeps?)\s+(?:\w+\s+){0,2}(?:local|internal|inside|on[\s-]?prem\w*|in\s+(?:our|the|my)\s+(?:\w+\s+)?(?:network|lan|office|building))\b/],
];
/** 「留在內網」「不出公司」: the local path, which may hold its own negation. */
const STAYS_ZH = /留在(?:內部|内部|公司|內網|内网|本地|區網|区网)|不出公司/;
const PATHS_ZH: [AskedPath, RegExp][] = [
  ['expressRoute', new RegExp(ER_ZH)],
  ['internet', new RegExp(INTERNET_ZH)],
  ['local', STAYS_ZH],
  ['out', /出去|出公司|出外面/],
];
/** A path set against the one asked: "…, not ER", "rather than the internet", 「而不是 ER」「不是走網際網路」. */
const SET_ASIDE_EN = new RegExp(
  String.raw`,?\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|our\s+|on\s+|over\s+|through\s+|via\s+)*(?:${ER_EN}|${INTERNET_EN})\b`,
);
const SET_ASIDE_ZH = new RegExp(String.raw`[，,]?(?:而)?(?:不是|並非|而非)(?:走|用)?(?:我們的)?(?:${ER_ZH}|${INTERNET_ZH})`);
const NEGATED_EN = /\b(?:not|never|no|without)\b/;
const NEGATED_ZH = /不|沒|没|未/;
/** 「是不是」「會不會」「有沒有」 ask; they negate nothing. */
const A_NOT_A = /(.)[不沒没]\1/gu;
/** A path someone saw is a triage's ("so the trace shows ER?"); a why asks for reasons. */
const SEEN = /\b(?:see|saw|seen|shows?|showed|trace\w*|capture\w*|observ\w*|report\w*|why)\b|看到|顯示|显示|抓包|追蹤|回報|為什麼|为什么/;

/** The path a yes or no question concludes about (exactly one named), or undefined. */
export function pathQuestion(plain: string, compact: string, question: boolean): PathQuestion | undefined {
  if (!question || SEEN.test(plain) || SEEN.test(compact)) return undefined;
  const zh = /[\u4e00-\u9fff]/.test(compact);
  if (!(zh ? CONCLUDES_ZH.test(compact) : CONCLUDES_EN.test(plain))) return undefined;
  const namedIn = (forms: { plain: string; compact: string }) => (zh ? PATHS_ZH : PATHS_EN).filter(([, words]) => words.test(zh ? forms.compact : forms.plain)).map(([path]) => path);
  // "so it's our internet bandwidth, not ER?", 「所以是網際網路出口，不是 ER？」: the path set aside is no path asked.
  const aside = { plain: plain.replace(SET_ASIDE_EN, ''), compact: compact.replace(SET_ASIDE_ZH, '') };
  const said = namedIn({ plain, compact }).length === 2 && namedIn(aside).length === 1 ? aside : { plain, compact };
  const named = namedIn(said);
  // 「不出公司」 names its own negation: the local path, said positively.
  const local = named.includes('local');
  const paths = local ? ['local' as const] : named;
  if (paths.length !== 1) return undefined;
  const rest = (local ? said.compact.replace(STAYS_ZH, '') : said.compact).replace(A_NOT_A, '');
  return { path: paths[0], negated: zh ? NEGATED_ZH.test(rest) : NEGATED_EN.test(said.plain) };
}

export type PathVerdict = 'yes' | 'no' | 'partly';

/** Every path a leg may take (its route, and any other the article gives with what decides). */
export const pathsOf = (leg: Leg): PathKind[] => [leg.path, ...(leg.alternatives?.routes ?? []).map((route) => route.path)];

const takes = (kind: PathKind, asked: AskedPath): boolean => (asked === 'out' ? kind !== 'local' : kind === asked);

/** The verdict and the legs it was drawn from. */
export interface PathVerdictOf {
  verdict: PathVerdict;
  legs: Array<{ traffic: TrafficType; leg: Leg }>;
}

/** The party's legs of the traffic asked about (both when none is named), with whether each takes the path asked. */
export function pathVerdict(answer: Resolution, asked: PathQuestion, party: Leg['party'], traffic?: TrafficType): PathVerdictOf | undefined {
  const legs = shownTraffic(traffic).flatMap((t) => answer[t].filter((leg) => leg.party === party).map((leg) => ({ traffic: t, leg })));
  if (legs.length === 0) return undefined;
  const answers = legs.flatMap(({ leg }) => pathsOf(leg).map((kind) => takes(kind, asked.path) !== asked.negated));
  const verdict = answers.every(Boolean) ? 'yes' : answers.some(Boolean) ? 'partly' : 'no';
  return { verdict, legs };
}
