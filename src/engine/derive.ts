// Answers from the six principles, for scenarios no table row states. Each function applies named principles, and
// reports which, so an answer can say what it rests on. A test checks that these agree with every table row
// except where the article itself disagrees (Cloud Connector row 1).
import { effectiveFirewall } from './domain';
import type { LegSpec } from './facts';
import type { Homing, PartialScenario, PartyId, PathKind, PrincipleNumber, Relay, Target, Zone } from './types';

export interface Derivation {
  signaling: LegSpec[];
  media: LegSpec[];
  principles: PrincipleNumber[];
}

export function zoneOfUser(s: PartialScenario): Zone {
  return s.location === 'internet' ? 'internet' : 'yourNetwork';
}

export function zoneOfPeer(s: PartialScenario): Zone {
  if (s.peer === 'federated') return 'federatedNetwork';
  return s.peer === 'internet' ? 'internet' : 'yourNetwork';
}

/** Every party but the user asked about is homed where the deployment puts them; federated users Online. */
function homingOf(party: PartyId, s: PartialScenario): Homing {
  const stated = party === 'user' ? s.homing : s.peerHoming;
  return stated ?? 'online';
}

/** How a client in a zone reaches a server in the cloud: ExpressRoute from a network that has it (every organization does, per the tables). */
function toCloud(zone: Zone): PathKind {
  return zone === 'internet' ? 'internet' : 'expressRoute';
}

/** How a client in a zone reaches a server in your network. */
function toYourNetwork(zone: Zone): PathKind {
  return zone === 'yourNetwork' ? 'local' : 'internet';
}

/** Principle 4: signaling goes to the server the user is homed on, through an Edge from outside. */
function signalingHome(party: PartyId, zone: Zone, homing: Homing): LegSpec {
  if (homing === 'online') return { party, path: toCloud(zone), to: 'onlineFrontEnd' };
  return zone === 'yourNetwork'
    ? { party, path: 'local', to: 'onPremFrontEnd' }
    : { party, path: 'internet', to: 'onPremFrontEnd', via: 'onPremEdge' };
}

/** Principle 3: peer-to-peer media goes direct when it can, else through an Edge. */
function peerToPeer(s: PartialScenario): Derivation {
  const userZone = zoneOfUser(s);
  const peerZone = zoneOfPeer(s);
  const signaling = [
    signalingHome('user', userZone, homingOf('user', s)),
    signalingHome('peer', peerZone, homingOf('peer', s)),
  ];
  const direct = effectiveFirewall(s) === 'allowsDirect';
  const bothOnPremises = homingOf('user', s) === 'onPremises' && homingOf('peer', s) === 'onPremises';
  // The Online Edge relays unless both users are homed on-premises (the tables' notes assume the Online Edge).
  const relay: Relay = bothOnPremises ? 'onPremEdge' : 'onlineEdge';
  const mediaLeg = (party: PartyId, zone: Zone): LegSpec => {
    if (direct) {
      const sameNetwork = userZone === 'yourNetwork' && peerZone === 'yourNetwork';
      return { party, path: sameNetwork ? 'local' : 'internet', to: 'peer' };
    }
    const path = relay === 'onlineEdge' ? toCloud(zone) : toYourNetwork(zone);
    return { party, path, to: 'peer', via: relay };
  };
  return { signaling, media: [mediaLeg('user', userZone), mediaLeg('peer', peerZone)], principles: [3, 4] };
}

/** Principles 1, 2, 5 and 6: a conference is hosted where its organizer is homed, and media goes there. */
function conference(s: PartialScenario): Derivation {
  const zone = zoneOfUser(s);
  const homing = homingOf('user', s);
  switch (s.organizer) {
    case 'onPremises': {
      // Media to your conferencing server, with no Edge from inside and an on-premises Edge from outside (6);
      // signaling to where the user is homed (4).
      const media: LegSpec =
        zone === 'yourNetwork'
          ? { party: 'user', path: 'local', to: 'onPremConferencing' }
          : { party: 'user', path: 'internet', to: 'onPremConferencing', via: 'onPremEdge' };
      return { signaling: [signalingHome('user', zone, homing)], media: [media], principles: [1, 2, 4, 6] };
    }
    case 'otherCompany':
      // Hosted on another company's own servers: nothing passes through the Microsoft cloud.
      return {
        signaling: [{ party: 'user', path: 'internet', to: 'otherCompanyServer' }],
        media: [{ party: 'user', path: 'internet', to: 'otherCompanyServer' }],
        principles: [1, 2],
      };
    case 'online':
    case undefined: {
      const relayedOnPremises = homing === 'onPremises' && zone === 'internet' && effectiveFirewall(s) === 'blocksDirect';
      const media: LegSpec = relayedOnPremises
        ? // The on-premises Edge relays: back into your network, then over ExpressRoute to the cloud.
          { party: 'user', path: 'expressRoute', to: 'onlineConferencing', via: 'onPremEdge' }
        : { party: 'user', path: toCloud(zone), to: 'onlineConferencing', via: 'onlineEdge' };
      // Principle 5 covers both: an Edge always, two (on-premises and Online) when client firewalls require.
      return {
        signaling: [{ party: 'user', path: toCloud(zone), to: 'onlineConferencing' }],
        media: [media],
        principles: [1, 2, 5],
      };
    }
  }
}

/** PSTN calls go where the user's voice service is: the cloud's Phone System, the on-premises gateway or Cloud Connector. */
function pstn(s: PartialScenario): Derivation {
  const zone = zoneOfUser(s);
  const target: Target =
    s.deployment === 'cloudConnector'
      ? 'cloudConnector'
      : homingOf('user', s) === 'onPremises'
        ? 'onPremPstnGateway'
        : 'phoneSystem';
  if (target === 'phoneSystem') {
    const leg: LegSpec = { party: 'user', path: toCloud(zone), to: target };
    return { signaling: [leg], media: [leg], principles: [2, 4] };
  }
  if (target === 'onPremPstnGateway') {
    const leg: LegSpec =
      zone === 'yourNetwork'
        ? { party: 'user', path: 'local', to: target }
        : { party: 'user', path: 'internet', to: target, via: 'onPremEdge' };
    return { signaling: [leg], media: [leg], principles: [4] };
  }
  // Cloud Connector (the cceePstn example): signaling to the cloud, turned around to the Cloud Connector; media stays in your WAN.
  if (zone === 'yourNetwork') {
    return {
      signaling: [{ party: 'user', path: 'expressRoute', to: 'cloudConnector' }],
      media: [{ party: 'user', path: 'local', to: 'cloudConnector' }],
      principles: [4],
    };
  }
  const leg: LegSpec = { party: 'user', path: 'internet', to: 'cloudConnector', via: 'cloudConnectorEdge' };
  return { signaling: [leg], media: [leg], principles: [4] };
}

/** Skype Meeting Broadcast: the inner meeting is an Online conference; the stream to attendees is Internet only. */
function broadcast(s: PartialScenario): Derivation {
  const inner = conference({ ...s, callType: 'conference', organizer: 'online' });
  const attendees: LegSpec = { party: 'attendees', path: 'internet', to: 'broadcastService' };
  return {
    signaling: [...inner.signaling, attendees],
    media: [...inner.media, attendees],
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
