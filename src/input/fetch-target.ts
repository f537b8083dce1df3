// Where a fetch may go: the URL checks run on the first URL and on every redirect, and the
// address checks run twice — on IP literals before connecting, and on DNS answers inside the
// socket's own lookup, so the address checked is the address connected to (no DNS rebinding).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { NewslensError } from '../errors.js';
import { isLocalhostName, isPrivateAddress } from './address-policy.js';

/** Resolves a host name to every address it has (dns.lookup with all: true). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** The address rules in force for one fetch. */
export interface AddressRules {
  allowPrivate: boolean;
  isPrivate: (ip: string) => boolean;
}

/** URL-level checks: http(s) only, no credentials, no private IP literal or localhost name. */
export function checkTarget(location: string, base: URL | null, input: string, rules: AddressRules): URL {
  let url: URL;
  try {
    url = base ? new URL(location, base) : new URL(location);
  } catch {
    throw new NewslensError('BAD_URL', base ? 'redirected to an invalid URL' : 'not a valid URL', input);
  }
  const via = base ? 'redirected to' : 'cannot fetch';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewslensError('BAD_URL', `${via} a ${url.protocol} URL: only http and https are fetched`, input);
  }
  if (url.username || url.password) {
    throw new NewslensError('BAD_URL', `${via} a URL with a user name or password: credentials are refused`, input);
  }
  const host = bareHost(url.hostname);
  if (!rules.allowPrivate) {
    if (isLocalhostName(host)) throw privateAddress(host, 'localhost', input);
    // Node skips `lookup` for IP literals, so they are checked here; the WHATWG parser has already
    // normalised odd IPv4 forms (127.1, 0x7f.1, 2130706433) into dotted quads
    if (isIP(host) && rules.isPrivate(host)) throw privateAddress(host, host, input);
  }
  return url;
}

/** The host as net.connect wants it: IPv6 literals without their brackets. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

export function privateAddress(host: string, address: string, input: string): NewslensError {
  return new NewslensError('PRIVATE_ADDRESS', `refusing to fetch ${host} (${address}): loopback/private address`, input);
}

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

export const defaultRules: AddressRules = { allowPrivate: false, isPrivate: isPrivateAddress };

/**
 * A `lookup` for http(s).request that resolves every address of the host and fails the connection
 * when any of them is private: refusing on any (not just the first) keeps a host that mixes public
 * and private records from slipping through on a retry or on happy-eyeballs' second attempt.
 */
export function guardedLookup(resolver: Resolver, rules: AddressRules, input: string): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    resolver(hostname)
      .then((all) => {
        const addresses = family ? all.filter((a) => a.family === family) : all;
        if (addresses.length === 0) throw Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' });
        if (!rules.allowPrivate) {
          const bad = addresses.find((a) => rules.isPrivate(a.address));
          if (bad) throw privateAddress(hostname, bad.address, input);
        }
        return addresses;
      })
      .then(
        (addresses) => (options.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family)),
        (err: NodeJS.ErrnoException) => callback(err, '', 0),
      );
  };
}
