// PLACEHOLDER — being written (safe URL fetching). Signature is fixed.
import { NewslensError } from '../errors.js';

export interface FetchOptions {
  /** allow loopback / private / link-local targets */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** the URL after redirects */
  finalUrl: string;
}

export async function fetchUrl(url: string, _opts: FetchOptions): Promise<Fetched> {
  throw new NewslensError('FETCH_FAILED', 'URL fetching is not available yet', url);
}
