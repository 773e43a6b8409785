// "我們的 VPN 是分割通道，Skype 的流量不進 VPN … Monica 在家連著 VPN", "our VPN is split tunnel ... she's at home on
// the VPN": a split tunnel sends Skype's traffic straight out of wherever the client is, so a VPN connection said
// anywhere in the message puts no one in our network (KNOWLEDGE.md, troubleshooting: a client that reaches
// Microsoft 365 outside our network is on the Internet). The split tunnel itself reads as no VPN (vocabulary
// "vpn.split"); the room or network said of each person decides the rest.
import type { Item } from './analyzer';
import { kindOf } from './items';
import type { Attribute } from './parties';

/**
 * Whether the message says the VPN is split tunnel. Not when denied: "VPN 不是分割通道，是全通道", "our VPN is not
 * split tunnel" (the negation there is read as the VPN's, before it, so the word right before counts too).
 */
function saysSplitTunnel(items: readonly Item[], negated: ReadonlySet<number>): boolean {
  return items.some((item, index) => item.kind === 'mention' && item.id === 'vpn.split' && !negated.has(index) && kindOf(items[index - 1]) !== 'negation');
}

/** Whether an attribute says someone is connected to the VPN (a VPN denied is no connection). */
function connectedToVpn(attribute: Attribute): boolean {
  const { source, negated } = attribute;
  return source.kind === 'mention' && source.concept.kind === 'vpn' && source.concept.connected && !negated;
}

/** The attributes without the VPN connections a split tunnel makes say nothing of where anyone's traffic is. */
export function withoutTunnelledPlaces(items: readonly Item[], negated: ReadonlySet<number>, attrs: readonly Attribute[]): readonly Attribute[] {
  return saysSplitTunnel(items, negated) ? attrs.filter((a) => !connectedToVpn(a)) : attrs;
}
