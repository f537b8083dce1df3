// A long sorted list of names (places.txt, 22.7k lines) searched where it lies in the file's text.
// Copying it into a Map made 22.7k strings and cost ~25 ms of every cold start plus their garbage
// collection; finding the line starts is one indexOf pass, and a lookup is a binary search.

/** how many first words' longest-name answers are remembered before the memo starts over */
const MEMO_MAX = 100_000;

export class SortedList {
  /** start of each line; one more entry marks the end (just past the last line's newline) */
  private readonly starts: Int32Array;
  private readonly n: number;
  private readonly memo = new Map<string, number>();

  /** `text`: one name per line, sorted by UTF-16 code units, lines before `from` skipped (the header) */
  constructor(readonly text: string, from = 0) {
    // two passes (count, then fill) so that no growing array is allocated and collected
    let n = 0;
    forEachLineStart(text, from, () => n++);
    const starts = new Int32Array(n);
    let i = 0;
    forEachLineStart(text, from, (at) => { starts[i++] = at; });
    this.n = n;
    this.starts = starts;
  }

  get size(): number { return this.n; }

  /** the line holding text position `at`, or -1 (before the first line) */
  lineAt(at: number): number {
    let lo = 0, hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= at) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /** line i, without its newline */
  line(i: number): string { return this.text.slice(this.starts[i], this.lineEnd(i)); }

  private lineEnd(i: number): number {
    const e = this.text.indexOf('\n', this.starts[i]);
    return e < 0 ? this.text.length : e;
  }

  /** sign of key vs line i, with `key` as a prefix of the line comparing equal when `prefix` */
  private compare(key: string, i: number, prefix: boolean): number {
    const s = this.starts[i], e = this.lineEnd(i), len = e - s;
    const m = Math.min(key.length, len);
    for (let k = 0; k < m; k++) {
      const d = key.charCodeAt(k) - this.text.charCodeAt(s + k);
      if (d) return d;
    }
    return prefix && key.length <= len ? 0 : key.length - len;
  }

  /** the first line not below `key` */
  private lowerBound(key: string): number {
    let lo = 0, hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(key, mid, false) > 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  has(key: string): boolean {
    const i = this.lowerBound(key);
    return i < this.n && this.compare(key, i, false) === 0;
  }

  /** the most space-separated words of a line that is `word` or starts with `word `; 0 when none */
  longestFrom(word: string): number {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    let best = 0;
    // sorted: "San" < "San Jose" < "San Pedro" < "Sana" (a space sorts before every letter)
    for (let i = this.lowerBound(word); i < this.n && this.compare(word, i, true) === 0; i++) {
      const s = this.starts[i], e = this.lineEnd(i);
      if (e - s > word.length && this.text.charCodeAt(s + word.length) !== 0x20) break;
      let words = 1;
      for (let k = s + word.length; k < e; k++) if (this.text.charCodeAt(k) === 0x20) words++;
      if (words > best) best = words;
    }
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(word, best);
    return best;
  }
}

/** Calls `visit` with the start of every non-empty line of `text` from `from` on. */
function forEachLineStart(text: string, from: number, visit: (at: number) => void): void {
  for (let a = from; a < text.length;) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    if (b > a) visit(a);
    a = b + 1;
  }
}
