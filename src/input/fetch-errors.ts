// Turns what node's sockets, DNS, TLS and HTTP parser throw into one-line FETCH_FAILED errors.
import { NewslensError } from '../errors.js';

/** Socket and DNS error codes, as a reader would put them. */
const NET_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'could not connect: connection refused',
  ECONNRESET: 'connection reset by the server',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed by the server',
  ETIMEDOUT: 'could not connect: connection timed out',
  EHOSTUNREACH: 'could not connect: host unreachable',
  ENETUNREACH: 'could not connect: network unreachable',
  EHOSTDOWN: 'could not connect: host is down',
  EADDRNOTAVAIL: 'could not connect: address not available',
  ENOTFOUND: 'host not found',
  ENODATA: 'host not found',
  EAI_NONAME: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed temporarily)',
  EAI_FAIL: 'host not found (DNS lookup failed)',
};

/** OpenSSL verification codes and node's TLS codes: the certificate or handshake is at fault. */
const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO$)/;

/** Keeps odd messages from turning an error into a paragraph. */
const MAX_DETAIL_CHARS = 120;

export function networkError(err: unknown, host: string, input: string): NewslensError {
  if (err instanceof NewslensError) return err;
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const known = NET_MESSAGES[code];
  let message: string;
  if (known) message = `${known} (${host})`;
  else if (TLS_CODE.test(code)) message = `TLS handshake with ${host} failed (${code})`;
  else if (code.startsWith('HPE_')) message = `invalid HTTP response from ${host} (${code})`;
  else message = `could not fetch from ${host} (${detail(err, code)})`;
  return new NewslensError('FETCH_FAILED', message, input, { cause: err });
}

export function timeoutError(timeoutMs: number, input: string): NewslensError {
  const seconds = Number((timeoutMs / 1000).toFixed(2));
  return new NewslensError('FETCH_TIMEOUT', `no complete response within ${seconds} s`, input);
}

function detail(err: unknown, code: string): string {
  if (code) return code;
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split(/\r?\n/)[0].trim() || 'unknown error';
  return line.length > MAX_DETAIL_CHARS ? `${line.slice(0, MAX_DETAIL_CHARS)}…` : line;
}
