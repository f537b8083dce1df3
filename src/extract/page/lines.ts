// Page text → logical lines. Pages come one paragraph per line, or as blank-line separated blocks;
// blocks of hard-wrapped prose (every line but the last of similar, moderate length) are re-joined.

/** Wrapped prose lines are at most this long (mail and terminal wraps sit at 60–80). */
const WRAP_MAX = 100;
/** ... and at least this long, except the block's last line. */
const WRAP_MIN = 30;

export function toLines(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  const blocks = text.split(/\n[ \t\u00a0]*\n/);
  const out: string[] = [];
  const blockMode = blocks.length >= 3;
  for (const block of blocks) {
    const lines = block.split('\n').map(clean).filter(Boolean);
    if (blockMode && isWrappedProse(lines)) out.push(joinWrapped(lines));
    else out.push(...lines);
  }
  return out;
}

/** Trim, collapse inner runs of spaces and tabs, drop zero-width characters. */
export function clean(line: string): string {
  return line.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[ \t\u00a0\u2009\u202f]+/g, ' ').trim();
}

function isWrappedProse(lines: string[]): boolean {
  if (lines.length < 2) return false;
  for (let i = 0; i < lines.length - 1; i++) {
    const n = lines[i].length;
    if (n > WRAP_MAX || n < WRAP_MIN) return false;
  }
  return lines[lines.length - 1].length <= WRAP_MAX;
}

function joinWrapped(lines: string[]): string {
  let s = lines[0];
  for (let i = 1; i < lines.length; i++) {
    // "inter-\nnational" was hyphenated by the wrap; "well-\nknown" keeps its hyphen either way
    s = /[a-z]-$/.test(s) && /^[a-z]/.test(lines[i]) ? s + lines[i] : `${s} ${lines[i]}`;
  }
  return s;
}

/** Case-, space- and quote-insensitive key for comparing headline copies. */
export const sameText = (a: string, b: string): boolean => norm(a) === norm(b);
const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
