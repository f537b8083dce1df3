// Every rejection newslens makes is a NewslensError with a code; adapters map codes to exit codes
// (CLI) or HTTP statuses (server). Messages are one line and name the input.

export const ERROR_CODES = {
  EMPTY_INPUT: { exit: 2, http: 400, hint: 'the input has no text' },
  BINARY_INPUT: { exit: 2, http: 415, hint: 'the input looks like binary data, not text or HTML' },
  TOO_LARGE: { exit: 2, http: 413, hint: 'raise the limit with --max-bytes' },
  NOT_FOUND: { exit: 2, http: 404, hint: 'check the path' },
  IS_DIRECTORY: { exit: 2, http: 400, hint: 'give a file, or use `newslens batch` for directories' },
  UNREADABLE: { exit: 2, http: 400, hint: 'check the file permissions' },
  BAD_ENCODING: { exit: 2, http: 415, hint: 'pass --encoding to say how the bytes are encoded' },
  BAD_URL: { exit: 2, http: 400, hint: 'give an http(s) URL' },
  PRIVATE_ADDRESS: { exit: 2, http: 403, hint: 'pass --allow-private to analyse loopback/private addresses' },
  FETCH_FAILED: { exit: 2, http: 502, hint: 'check the URL and your network' },
  FETCH_TIMEOUT: { exit: 2, http: 504, hint: 'raise --fetch-timeout' },
  TOO_MANY_REDIRECTS: { exit: 2, http: 502, hint: 'the page redirects more than 5 times' },
  UNSUPPORTED_TYPE: { exit: 2, http: 415, hint: 'newslens reads text/html and text/plain pages' },
  USAGE: { exit: 2, http: 400, hint: 'see --help' },
  INTERNAL: { exit: 1, http: 500, hint: 'this is a bug in newslens; please report it with the input' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class NewslensError extends Error {
  readonly code: ErrorCode;
  /** the file, URL or record the error is about */
  readonly input: string | null;

  constructor(code: ErrorCode, message: string, input: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewslensError';
    this.code = code;
    this.input = input;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  /** One line: `input: message (hint)`. */
  oneLine(): string {
    const where = this.input ? `${this.input}: ` : '';
    // each run of spaces holding a newline becomes one space (/\s*\n\s*/ is O(n²) on long runs)
    return `${where}${this.message} (${ERROR_CODES[this.code].hint})`.replace(/\s+/g, (ws) => (/[\n\r\u2028\u2029]/.test(ws) ? ' ' : ws));
  }
}

/** Wraps anything thrown into a NewslensError (unknown errors are INTERNAL). */
export function toNewslensError(err: unknown, input: string | null = null): NewslensError {
  if (err instanceof NewslensError) return err;
  return new NewslensError('INTERNAL', `unexpected error: ${describe(err)}`, input, { cause: err });
}

/** Longest engine message kept in an INTERNAL error (the cause keeps the whole error). */
const MAX_INTERNAL_MESSAGE = 200;

/** One line naming the engine error (`RangeError: Maximum call stack size exceeded`), never throwing
 *  itself: the thrown value may be anything, a Proxy or an object whose toString throws. */
function describe(err: unknown): string {
  let s: string;
  try {
    s = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } catch {
    s = 'a value that cannot be printed';
  }
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length <= MAX_INTERNAL_MESSAGE) return s;
  const cut = /[\ud800-\udbff]/.test(s[MAX_INTERNAL_MESSAGE - 2]) ? MAX_INTERNAL_MESSAGE - 2 : MAX_INTERNAL_MESSAGE - 1;
  return `${s.slice(0, cut)}…`;
}
