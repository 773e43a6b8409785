// Answers from the six principles, for every scenario: each function applies named principles, reports which, and
// gives each party's path word and route (the hops its traffic takes). Table rows take their words from the article
// and their routes from here; a test checks that the words agree everywhere except where the article itself
// disagrees (Cloud Connector row 1).
import { effectiveFirewall } from './domain';
import {
  cloudConnectorSignalingInside,
  direct,
  relayed,
  toCloud,
  toOnlineConference,
  toYourNetwork,
  viaOnlineEdgeToYourConference,
  type DerivedPath,
} from './paths';
import { clientStop, type ClientZones } from './routes';
import type { AlternativeReason, Homing, PartialScenario, PartyId, PrincipleNumber, Relay, Zone } from './types';

export type { DerivedPath };

export interface DerivedLeg extends DerivedPath {
  party: PartyId;
  alternatives?: { dependsOn: AlternativeReason; paths: readonly DerivedPath[] };
}

export interface Derivation {
  signaling: DerivedLeg[];
  media: DerivedLeg[];
  principles: PrincipleNumber[];
}

export function zoneOfUser(s: PartialScenario): Zone {
  return s.location === 'internet' ? 'internet' : 'yourNetwork';
}

export function zoneOfPeer(s: PartialScenario): Zone {
  if (s.peer === 'federated') return 'federatedNetwork';
  return s.peer === 'internet' ? 'internet' : 'yourNetwork';
}

/** Broadcast attendees watch from anywhere; the stream reaches them over the Internet. */
export function clientZones(s: PartialScenario): ClientZones {
  return { user: zoneOfUser(s), peer: zoneOfPeer(s), attendees: 'internet' };
}

/** Every party but the user asked about is homed where the deployment puts them; federated users Online. */
function homingOf(party: PartyId, s: PartialScenario): Homing {
  const stated = party === 'user' ? s.homing : s.peerHoming;
  return stated ?? 'online';
}

const leg = (party: PartyId, path: DerivedPath): DerivedLeg => ({ party, ...path });

/** Principle 4: signaling goes to the server the user is homed on, through an Edge from outside. */
function signalingHome(zone: Zone, homing: Homing): DerivedPath {
  return homing === 'online' ? toCloud(zone, 'onlineFrontEnd') : toYourNetwork(zone, 'onPremFrontEnd');
}

/**
 * The Edges that can relay a blocked peer-to-peer call, first the one the tables' notes assume: each party's client
 * offers its own organization's Edge in ICE, so two users homed differently get a choice (Hybrid row 3).
 */
function relaysFor(s: PartialScenario): Relay[] {
  const homings = new Set([homingOf('user', s), homingOf('peer', s)]);
  return [...(homings.has('online') ? ['onlineEdge' as const] : []), ...(homings.has('onPremises') ? ['onPremEdge' as const] : [])];
}

/** One route, or the first of several with what decides between them. */
function choice(party: PartyId, paths: DerivedPath[], dependsOn: AlternativeReason): DerivedLeg {
  const [first, ...others] = paths;
  return others.length === 0 ? leg(party, first) : { ...leg(party, first), alternatives: { dependsOn, paths: others } };
}

/** Principle 3: peer-to-peer media goes direct when it can, else through an Edge. */
function peerToPeer(s: PartialScenario): Derivation {
  const zones = clientZones(s);
  const signaling = [leg('user', signalingHome(zones.user, homingOf('user', s))), leg('peer', signalingHome(zones.peer, homingOf('peer', s)))];
  const mediaOf = (party: 'user' | 'peer'): DerivedLeg => {
    const other = party === 'user' ? 'peer' : 'user';
    if (effectiveFirewall(s) === 'allowsDirect') return leg(party, direct(zones[party], zones[other], clientStop(other)));
    const paths = relaysFor(s).map((relay) => relayed(zones[party], zones[other], clientStop(other), relay));
    return choice(party, paths, 'edgeChoice');
  };
  return { signaling, media: [mediaOf('user'), mediaOf('peer')], principles: [3, 4] };
}

/** Principles 1, 2, 5 and 6: a conference is hosted where its organizer is homed, and media goes there. */
function conference(s: PartialScenario): Derivation {
  const zone = zoneOfUser(s);
  const homing = homingOf('user', s);
  switch (s.organizer) {
    case 'onPremises': {
      // Media to your conferencing server, with no Edge from inside and an on-premises Edge from outside (6);
      // signaling to where the user is homed (4).
      const media = toYourNetwork(zone, 'onPremConferencing');
      const onlineEdgeToo = homing === 'online' && zone === 'internet';
      return {
        signaling: [leg('user', signalingHome(zone, homing))],
        media: [choice('user', onlineEdgeToo ? [media, viaOnlineEdgeToYourConference] : [media], 'edgeChoice')],
        principles: [1, 2, 4, 6],
      };
    }
    case 'otherCompany': {
      // Hosted on another company's own servers: nothing passes through the Microsoft cloud.
      const path: DerivedPath = { path: 'internet', to: 'otherCompanyServer', route: [{ over: 'internet', to: 'otherCompanyServer' }] };
      return { signaling: [leg('user', path)], media: [leg('user', path)], principles: [1, 2] };
    }
    case 'online':
    case undefined: {
      const onPremisesOutside = homing === 'onPremises' && zone === 'internet';
      const relayedOnPremises = onPremisesOutside && effectiveFirewall(s) === 'blocksDirect';
      // Principle 5 covers both: an Edge always, two (on-premises and Online) when client firewalls require.
      // Signaling follows the tables to the cloud from your network (Hybrid row 4); from the Internet no row states
      // an on-premises user's, so principle 4 sends it to the Front End they are homed on, through your Edge.
      return {
        signaling: [leg('user', onPremisesOutside ? signalingHome(zone, homing) : toCloud(zone, 'onlineConferencing'))],
        media: [leg('user', toOnlineConference(zone, relayedOnPremises))],
        principles: onPremisesOutside ? [1, 2, 4, 5] : [1, 2, 5],
      };
    }
  }
}

/** PSTN calls go where the user's voice service is: the cloud's Phone System, the on-premises gateway or Cloud Connector. */
function pstn(s: PartialScenario): Derivation {
  const zone = zoneOfUser(s);
  const single = (path: DerivedPath, principles: PrincipleNumber[]): Derivation => ({
    signaling: [leg('user', path)],
    media: [leg('user', path)],
    principles,
  });
  if (s.deployment !== 'cloudConnector') {
    return homingOf('user', s) === 'onPremises'
      ? single(toYourNetwork(zone, 'onPremPstnGateway'), [4])
      : single(toCloud(zone, 'phoneSystem'), [2, 4]);
  }
  if (zone !== 'yourNetwork') return single(toYourNetwork(zone, 'cloudConnector', 'cloudConnectorEdge'), [4]);
  return {
    signaling: [leg('user', cloudConnectorSignalingInside)],
    media: [leg('user', toYourNetwork(zone, 'cloudConnector'))],
    principles: [4],
  };
}

/** Skype Meeting Broadcast: the inner meeting is an Online conference; the stream to attendees is Internet only. */
function broadcast(s: PartialScenario): Derivation {
  const inner = conference({ ...s, callType: 'conference', organizer: 'online' });
  const stream: DerivedLeg = { party: 'attendees', path: 'internet', to: 'broadcastService', route: [{ over: 'internet', to: 'broadcastService' }] };
  return {
    signaling: [...inner.signaling, stream],
    media: [...inner.media, stream],
    principles: inner.principles,
  };
}

export function derive(s: PartialScenario): Derivation {
  switch (s.callType) {
    case 'peerToPeer':
      return peerToPeer(s);
    case 'conference':
      return conference(s);
    case 'pstn':
      return pstn(s);
    case 'broadcast':
      return broadcast(s);
    case undefined:
      throw new Error('derive needs a call type');
  }
}

