// Which host names a request may name (its Host header: a DNS-rebinding page names its own) and which hosts
// replies may go to (an unauthenticated caller names the serviceUrl): allow-lists of names, with "loopback"
// standing for this machine under any of its loopback names.
import { isIP } from 'node:net';

/** A host name (any port, or only `port`), or every loopback name and address. */
export type HostPattern = 'loopback' | { host: string; port?: number };

/** HOST set to every interface: it names no host a request could name. */
export const isWildcardHost = (host: string): boolean => host === '0.0.0.0' || host === '::';

export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/** An allow-list entry as configured: `loopback`, a host name or address, `host:port`, or a URL. */
export function parseHostPattern(entry: string): HostPattern | undefined {
  const trimmed = entry.trim();
  if (trimmed.toLowerCase() === 'loopback') return 'loopback';
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`);
    if (url.pathname !== '/' || url.search || url.username) return undefined;
    return { host: url.hostname.toLowerCase(), ...(url.port ? { port: Number(url.port) } : {}) };
  } catch {
    return undefined;
  }
}

/** A Host header: a name or an IPv4 address, or a bracketed IPv6 address, and an optional port. */
const HOST_HEADER = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

export class HostAllowList {
  constructor(private readonly patterns: readonly HostPattern[]) {}

  /** Whether a URL's (or a Host header's) host and port match an entry. */
  allows(url: { hostname: string; port: string }): boolean {
    const hostname = url.hostname.toLowerCase();
    return this.patterns.some((pattern) =>
      pattern === 'loopback'
        ? isLoopbackHost(hostname)
        : pattern.host.replace(/^\[|\]$/g, '') === hostname.replace(/^\[|\]$/g, '') && (pattern.port === undefined || String(pattern.port) === url.port),
    );
  }

  /** Whether a Host header names an allowed host; a header that is not a host name never does. */
  allowsHostHeader(header: string | undefined): boolean {
    if (!header || !HOST_HEADER.test(header)) return false;
    const url = new URL(`http://${header}`);
    return this.allows({ hostname: url.hostname, port: /:(\d+)$/.exec(header)?.[1] ?? '' });
  }
}
