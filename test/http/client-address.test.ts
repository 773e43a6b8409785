// Who a request counts as: the connection's address unless proxies are trusted, X-Forwarded-For read from the right
// as far as trusted proxies wrote it (what a client writes itself is never believed), and one key per IPv4 address
// or IPv6 /64.
import { clientAddress, clientKey, parseForwardedAddress } from '../../src/channels/http';

describe('parseForwardedAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['::ffff:203.0.113.7', '::ffff:203.0.113.7'],
  ])('reads %j as %j', (entry, address) => {
    expect(parseForwardedAddress(entry)).toBe(address);
  });

  it.each(['', 'unknown', 'example.com', '999.1.1.1', '203.0.113.7:port', '[203.0.113.7]:80', '2001:db8::1:80:zz', '<script>'])(
    'refuses %j',
    (entry) => {
      expect(parseForwardedAddress(entry)).toBeUndefined();
    },
  );
});

describe('clientAddress', () => {
  const socket = '10.0.0.5';

  it('is the connection when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(socket, '198.51.100.1', 0)).toBe(socket);
    expect(clientAddress(socket, undefined, 1)).toBe(socket);
  });

  it('behind one trusted proxy, is the address that proxy appended, not what the client wrote before it', () => {
    expect(clientAddress(socket, '203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress(socket, '198.51.100.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress(socket, ['198.51.100.1', '203.0.113.7:4431'], 1)).toBe('203.0.113.7');
  });

  it('behind two trusted proxies, skips the first one', () => {
    expect(clientAddress(socket, '198.51.100.1, 203.0.113.7, 10.0.0.9', 2)).toBe('203.0.113.7');
  });

  it('takes the leftmost entry of a chain shorter than the trusted hops, and the connection for garbage', () => {
    expect(clientAddress(socket, '203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddress(socket, 'not-an-address', 1)).toBe(socket);
    expect(clientAddress(socket, '', 1)).toBe(socket);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:db8:aa:bb::99', '2001:db8:aa:bb::/64'],
    ['2001:0db8:00aa:00bb:ffff:ffff:ffff:ffff', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('counts %j as %j', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });

  it('gives every address of one /64 the same key and a neighbouring /64 another', () => {
    const keys = new Set(Array.from({ length: 100 }, (_, i) => clientKey(`2001:db8:1:2:${i.toString(16)}::${i}`)));
    expect([...keys]).toEqual(['2001:db8:1:2::/64']);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
  });
});
