// Who a request comes from, for per-client limits: the connection's address or, behind proxies the operator says
// are there, the address the nearest untrusted hop connected from. Only what trusted proxies wrote is believed.
import { isIP } from 'node:net';

/** An address as proxies write it in X-Forwarded-For: bare, IPv4 with a port (Azure App Service adds one), [IPv6]:port. */
export function parseForwardedAddress(entry: string): string | undefined {
  const value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return isIP(bracketed[1]) === 6 ? bracketed[1] : undefined;
  if (isIP(value) !== 0) return value;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(value);
  return withPort && isIP(withPort[1]) === 4 ? withPort[1] : undefined;
}

/**
 * The client's address. Each of `trustedHops` proxies appends the address it was connected from to
 * X-Forwarded-For, so the chain read from the right (the connection's own address first) is trustworthy for
 * `trustedHops` steps; the entry there is the client, and whatever lies further left the client wrote itself. A chain
 * shorter than that ends at its leftmost entry; an entry that is no address falls back to the connection's.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = socketAddress ?? 'unknown';
  if (trustedHops === 0 || forwardedFor === undefined) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').reverse();
  const chain = [socket, ...entries];
  return parseForwardedAddress(chain[Math.min(trustedHops, chain.length - 1)]) ?? socket;
}

/** The eight 16-bit groups of an IPv6 address, as numbers (`::` expanded, a trailing dotted IPv4 part converted). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase().split('%')[0];
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/**
 * What a client's requests are counted under. IPv4 as it is (also when a dual-stack socket reports it as
 * ::ffff:a.b.c.d); IPv6 by its /64, the block one subscriber or host usually holds, so stepping through addresses of
 * one's own block does not make a new client.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = groupsOf(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
