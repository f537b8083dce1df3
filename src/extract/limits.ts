// How much of an input the later stages read. A real article body is under 100k chars; crawls also
// hold logs, dumps and whole books served as one "page". Past these caps the rest is dropped with a
// warning, so time and memory stay bounded whatever the input size (--max-bytes still applies first).
import type { Message } from '../doc.js';

/** Chars of a text page (or `--as body` input) read at all: ~6x a long feature, and what the
 *  later stages get through well inside the default budget on a loaded 2-core machine. */
export const MAX_TEXT_CHARS = 300_000;

/** Chars of article body handed to the later stages, whatever the reader (HTML included). */
export const MAX_BODY_CHARS = 300_000;

/** Where to cut s at most max chars long: the last line break in the final 10% of the window when
 *  there is one (so a paragraph is not split), and never inside a surrogate pair. */
export function cutAt(s: string, max: number): number {
  if (s.length <= max) return s.length;
  const nl = s.lastIndexOf('\n', max);
  if (nl >= max * 0.9) return nl;
  const c = s.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

export const capWarning = (rule: string, what: string, kept: number, total: number): Message => ({
  stage: 'extract', rule, level: 'warning',
  reason: `${what} is ${total} chars; only the first ${kept} are analysed`,
});
