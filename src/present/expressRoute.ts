// "We do have ExpressRoute" / "we don't have ExpressRoute": what the advisor assumes about it, and for the answer on
// screen what changes without it. Every answer assumes ExpressRoute carries the traffic the article puts on it (the
// article's "over ExpressRoute, if available", src/engine/expressRoute.ts); without it, each such hop is an Internet
// hop instead, which withExpressRouteUse computes from the answer itself, never from a second table.
import { withExpressRouteUse, type Resolution, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { userPathsText } from './depends';

export function expressRouteText(has: boolean, answer: Resolution | undefined, focus: TrafficType | undefined, locale: Locale): string {
  if (has) return t(locale, 'dialog.expressRoute.has');
  const without = answer && t(locale, 'dialog.expressRoute.without', { paths: userPathsText(withExpressRouteUse(answer, 'bypassed'), focus, locale) });
  return [t(locale, 'dialog.expressRoute.hasNot'), ...(without ? [without] : [])].join('\n\n');
}
