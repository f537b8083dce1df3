// Bytes → string. UTF-8 (with or without BOM) and UTF-16 with BOM are read exactly; anything else
// is a guess (windows-1252), and a guess always leaves a warning. Binary data is refused.
import { TextDecoder } from 'node:util';
import type { Message } from '../doc.js';
import { NewslensError } from '../errors.js';

export interface Decoded { text: string; encoding: string; messages: Message[] }
export interface DecodeOptions {
  /** force an encoding (any WHATWG label); 'utf-8' also makes invalid UTF-8 an error */
  encoding?: string | null;
  /** charset declared by the transport (HTTP Content-Type) */
  declared?: string | null;
}

/** Share of control characters (besides tab/newline/CR/FF) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;
/** How much of the input the binary sniffers look at. */
const SNIFF_BYTES = 8192;
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], ['PNG', [0x89, 0x50, 0x4e, 0x47]], ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]], ['gzip', [0x1f, 0x8b]], ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]], ['WebAssembly', [0x00, 0x61, 0x73, 0x6d]], ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

export function decodeBytes(bytes: Uint8Array, name: string, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new NewslensError('EMPTY_INPUT', 'input is empty (0 bytes)', name);
  const messages: Message[] = [];
  const bom = bomOf(bytes);
  let text: string;
  let encoding: string;
  if (opts.encoding) {
    encoding = opts.encoding.toLowerCase();
    text = decodeWith(encoding, bytes, name, encoding === 'utf-8' || encoding === 'utf8');
  } else if (bom) {
    encoding = bom;
    text = decodeWith(bom, bytes, name, false);
  } else {
    const magic = magicOf(bytes);
    if (magic) throw new NewslensError('BINARY_INPUT', `input is a ${magic} file, not text or HTML`, name);
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = decodeWith(utf16, bytes, name, false);
      messages.push(warn('encoding-guessed', `no byte-order mark; guessed ${utf16.toUpperCase()} from the byte pattern`));
    } else {
      const declared = opts.declared ? opts.declared.toLowerCase() : null;
      const strict = tryDecode('utf-8', bytes);
      if (strict !== null) {
        encoding = 'utf-8';
        text = strict;
        if (declared && !isUtf8Label(declared) && hasNonAscii(bytes)) {
          messages.push(warn('encoding-guessed', `declared ${declared} but the bytes are valid UTF-8; read as UTF-8`));
        }
      } else {
        const fallback = declared && !isUtf8Label(declared) && isKnownLabel(declared) ? declared : 'windows-1252';
        encoding = fallback;
        text = decodeWith(fallback, bytes, name, false);
        messages.push(warn('encoding-guessed', `not valid UTF-8; decoded as ${fallback} (pass --encoding to choose)`));
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new NewslensError('BINARY_INPUT', 'input looks like binary data, not text or HTML', name);
  if (text.trim() === '') throw new NewslensError('EMPTY_INPUT', 'input has no text (only whitespace)', name);
  return { text, encoding, messages };
}

function warn(rule: string, reason: string): Message {
  return { stage: 'input', rule, reason, level: 'warning' };
}

function bomOf(b: Uint8Array): string | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function magicOf(b: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((v, i) => b[i] === v)) return name;
  return null;
}

/** UTF-16 without a BOM: most ASCII characters leave a zero byte at every other position. */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(label: string, bytes: Uint8Array, name: string, fatal: boolean): string {
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    throw new NewslensError('BAD_ENCODING', `unknown encoding '${label}'`, name);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new NewslensError('BAD_ENCODING', `input is not valid ${label.toUpperCase()}`, name);
  }
}

const isUtf8Label = (l: string) => l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8';
const isKnownLabel = (l: string) => tryLabel(l);
function tryLabel(l: string): boolean {
  try { new TextDecoder(l); return true; } catch { return false; }
}

function hasNonAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return true;
  return false;
}

/** NULs, or more than a sliver of C0/C1 control characters, mean the bytes were not text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

// Node's TextDecoder reads windows-1252 as ISO-8859-1 (C1 controls for 0x80–0x9F), so the
// 0x80–0x9F row is mapped by hand (WHATWG index; the five unassigned bytes stay C1 controls).
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'ascii', 'us-ascii']);
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}
