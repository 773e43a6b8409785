// "We do have ExpressRoute" / "we don't have ExpressRoute": what the advisor assumes about it, and for the answer on
// screen what changes without it (for good, or while it is down: "what if ER goes down?"). Every answer assumes
// ExpressRoute carries the traffic the article puts on it (the article's "over ExpressRoute, if available",
// src/engine/expressRoute.ts); without it, each such hop is an Internet hop instead, which withExpressRouteUse computes
// from the answer itself, never from a second table.
import { withExpressRouteUse, type Resolution, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { pathsText, shownTraffic } from './depends';

/**
 * What the writer says of ExpressRoute: it is there, it is not, it is down for a while (an outage, a failover), or
 * the other organization in the call has none ("the partner company has no ER"; the tables assume it has).
 */
export type ExpressRouteClaim = 'has' | 'hasNot' | 'down' | 'theirsHasNot';

export function expressRouteText(claim: ExpressRouteClaim, answer: Resolution | undefined, focus: TrafficType | undefined, locale: Locale): string {
  if (claim === 'has') return t(locale, 'dialog.expressRoute.has');
  const without = answer && (claim === 'theirsHasNot' ? withoutTheirs(answer, focus, locale) : t(locale, 'dialog.expressRoute.without', { paths: pathsText(withExpressRouteUse(answer, 'bypassed'), focus, locale) }));
  return [t(locale, `dialog.expressRoute.${claim}`), ...(without ? [without] : [])].join('\n\n');
}

/** The answer without the other organization's ExpressRoute: the user's paths, and the other party's if in the call. */
function withoutTheirs(answer: Resolution, focus: TrafficType | undefined, locale: Locale): string {
  const without = withExpressRouteUse(answer, 'bypassed', 'theirs');
  const user = pathsText(without, focus, locale);
  const inCall = shownTraffic(focus).every((traffic) => answer[traffic].some((leg) => leg.party === 'peer'));
  if (!inCall) return t(locale, 'dialog.expressRoute.withoutTheirs', { user });
  return t(locale, 'dialog.expressRoute.withoutTheirsBoth', { user, peer: pathsText(without, focus, locale, 'peer') });
}
