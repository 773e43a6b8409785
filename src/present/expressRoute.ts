// "We do have ExpressRoute" / "we don't have ExpressRoute": what the advisor assumes about it, and for the answer on
// screen what changes without it (for good, or while it is down: "what if ER goes down?"), shown as an answer card of
// its own. Every answer assumes ExpressRoute carries the traffic the article puts on it (the article's "over
// ExpressRoute, if available", src/engine/expressRoute.ts); without it, each such hop is an Internet hop instead, which
// withExpressRouteUse computes from the answer itself, never from a second table.
import { withExpressRouteUse, type Resolution, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { pathsText, shownTraffic } from './depends';

/**
 * What the writer says of ExpressRoute: it is there, it is not, it is down for a while (an outage, a failover), or
 * the other organization in the call has none ("the partner company has no ER"; the tables assume it has).
 */
export type ExpressRouteClaim = 'has' | 'hasNot' | 'down' | 'theirsHasNot';

/**
 * What the writer's claim says; of another organization's lack, with the answer on screen without theirs. Our own
 * lack, with an answer on screen, is shown as that answer's card without ExpressRoute (answerWithoutExpressRoute).
 */
export function expressRouteText(claim: ExpressRouteClaim, answer: Resolution | undefined, focus: TrafficType | undefined, locale: Locale): string {
  if (claim === 'has') return t(locale, 'dialog.expressRoute.has');
  const without = answer && claim === 'theirsHasNot' ? withoutTheirs(answer, focus, locale) : undefined;
  return [t(locale, `dialog.expressRoute.${claim}`), ...(without ? [without] : [])].join('\n\n');
}

/** The claims of our own ExpressRoute missing (for good, or for a while) that an answer on screen is shown without. */
export type OwnExpressRouteLack = Extract<ExpressRouteClaim, 'hasNot' | 'down'>;

export function isOwnExpressRouteLack(claim: ExpressRouteClaim): claim is OwnExpressRouteLack {
  switch (claim) {
    case 'hasNot':
    case 'down':
      return true;
    case 'has':
    case 'theirsHasNot':
      return false;
  }
}

/**
 * The answer without our ExpressRoute: each ExpressRoute hop over the Internet, what stays in your network unchanged.
 * Always derived: the article documents no call without ExpressRoute, only that its traffic goes over it "if
 * available" to addresses the Internet also reaches (KNOWLEDGE.md, What "ExpressRoute, if available" means).
 */
export function answerWithoutExpressRoute(answer: Resolution): Resolution {
  return { ...withExpressRouteUse(answer, 'bypassed'), derived: true };
}

/** The answer without the other organization's ExpressRoute: the user's paths, and the other party's if in the call. */
function withoutTheirs(answer: Resolution, focus: TrafficType | undefined, locale: Locale): string {
  const without = withExpressRouteUse(answer, 'bypassed', 'theirs');
  const user = pathsText(without, focus, locale);
  const inCall = shownTraffic(focus).every((traffic) => answer[traffic].some((leg) => leg.party === 'peer'));
  if (!inCall) return t(locale, 'dialog.expressRoute.withoutTheirs', { user });
  return t(locale, 'dialog.expressRoute.withoutTheirsBoth', { user, peer: pathsText(without, focus, locale, 'peer') });
}
