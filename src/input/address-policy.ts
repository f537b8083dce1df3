// Which network addresses a URL fetch may connect to. Everything that reaches the machine itself,
// its private network, link-local services (cloud metadata at 169.254.169.254) or no real host at
// all is refused unless the caller opts in, so a URL given to newslens cannot probe internal services.
import { BlockList, isIP } from 'node:net';

/** IPv4 ranges that are never a public web server (RFC 6890 special-purpose registry). */
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 connects to the local host on Linux
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT, often reaches provider-internal hosts
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata endpoints
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
];

/** IPv6 ranges refused outright; the v4-embedding ranges are checked by their embedded address. */
const PRIVATE_V6: ReadonlyArray<readonly [string, number]> = [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible block
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215): translates into private networks by design
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local, still routed locally by some stacks
  ['ff00::', 8], // multicast
];

const V4_LIST = new BlockList();
for (const [net, prefix] of PRIVATE_V4) V4_LIST.addSubnet(net, prefix, 'ipv4');
const V6_LIST = new BlockList();
for (const [net, prefix] of PRIVATE_V6) V6_LIST.addSubnet(net, prefix, 'ipv6');

/**
 * True when `ip` (an IPv4 or IPv6 literal, brackets and zone allowed) must not be connected to
 * without --allow-private. Anything that is not an IP address counts as private (fail closed).
 */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return V4_LIST.check(bare, 'ipv4');
  if (family !== 6) return true;
  const bytes = ipv6Bytes(bare);
  const embedded = embeddedV4(bytes);
  if (embedded) return V4_LIST.check(embedded, 'ipv4');
  return V6_LIST.check(bare, 'ipv6');
}

/** `localhost` and `*.localhost` always mean this machine (RFC 6761), whatever DNS says. */
export function isLocalhostName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16)
 * address: connecting to those reaches the IPv4 host, so the IPv4 rules decide.
 */
function embeddedV4(b: Uint8Array): string | null {
  const zeros = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.subarray(12, 16).join('.');
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return b.subarray(12, 16).join('.');
  if (b[0] === 0x20 && b[1] === 0x02) return b.subarray(2, 6).join('.');
  return null;
}

/** The 16 bytes of a valid IPv6 literal (callers check isIP first). */
function ipv6Bytes(ip: string): Uint8Array {
  // a trailing dotted quad (::ffff:1.2.3.4) becomes two hex groups
  const text = ip.toLowerCase().replace(/(?<!\d)(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  const out = new Uint8Array(16);
  [...left, ...fill, ...right].forEach((group, i) => {
    const n = parseInt(group, 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  });
  return out;
}
