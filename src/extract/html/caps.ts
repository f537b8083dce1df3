// Resource caps checked before any DOM work: one linear pass over the markup counts elements and
// the deepest nesting, so an adversarial page never reaches linkedom or Readability.

/** Elements plus text nodes (every entity or stray '<' splits off a text node of its own).
 *  Real news pages stay under ~30k; Readability costs 25–90 µs a node (measured: 100k stray
 *  '<' 1.8 s, 40k inline elements 3.6 s), so past this a page is read flat. */
export const MAX_NODES = 50_000;

/** Paragraphs, links and table rows: Readability queries the DOM once per such element on each of
 *  its passes (measured on this loaded 2-core box, over all the strategies: 2,000 links 1.2 s,
 *  8,000 links 3 s), so these are capped on their own. A real article page has < 500 <p> and
 *  < 1,500 links; past this it is a book, a sitemap or garbage, read flat. */
export const MAX_HEAVY_ELEMENTS = 2_000;

/** Empty paragraphs (<p> with only whitespace before the next tag) cost far more: Readability
 *  removes them one by one (2,000 took 1.1 s, 2,837 unclosed ones 9 s under load). Real pages
 *  use a few as spacers. */
export const MAX_EMPTY_PARAGRAPHS = 300;
const HEAVY = new Set(['p', 'a', 'tr']);

/** Real pages nest < 100 deep; Readability's cost grows ~depth² (measured, one parse with its
 *  own retries: 250 deep 0.5 s, 450 deep 2.9 s, 1000 deep > 5 s). */
export const MAX_DEPTH = 256;

/** Whole input, scripts included: a scan and a parse of this much take well under a second. */
export const MAX_HTML_CHARS = 20_000_000;

/** Markup and text outside <script>/<style>, what Readability actually walks (~1 s a MB when
 *  dense with entities); bloated real pages are big because of their scripts, not this. */
export const MAX_MARKUP_CHARS = 3_000_000;

export interface TagStats { nodes: number; depth: number; rawChars: number; heavy: number; emptyP: number }

/** Elements that never hold children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'isindex']);

/** Elements linkedom's parser closes when a sibling opens (an unclosed <p> or <li> does not
 *  nest); measured one by one: thead, tfoot, colgroup, rb and rtc do nest, so they count. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'rp', 'rt']);

/** Elements whose content is raw text: skipped to their end tag, not scanned for tags. */
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template'];
const RAW_END = new Map(RAW_TEXT.map((t) => [t, new RegExp(`</${t}`, 'gi')]));

/** Counts nodes, the nesting depth and the chars inside raw-text elements; stops early (with
 *  partial counts) once the node or depth cap is passed. */
export function scanTags(html: string, stopAt = { nodes: MAX_NODES, depth: MAX_DEPTH, heavy: MAX_HEAVY_ELEMENTS, emptyP: MAX_EMPTY_PARAGRAPHS }): TagStats {
  let nodes = 0, depth = 0, maxDepth = 0, rawChars = 0, heavy = 0, emptyP = 0, i = 0;
  let amp = html.indexOf('&'); // the parser splits text at every entity: each is a node of its own
  const n = html.length;
  while (i < n && nodes <= stopAt.nodes && maxDepth <= stopAt.depth && heavy <= stopAt.heavy && emptyP <= stopAt.emptyP) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (hasText(html, i, textEnd)) nodes++;
    for (; amp >= 0 && amp < textEnd; amp = html.indexOf('&', amp + 1)) if (amp >= i) nodes++; // one pointer: linear
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      nodes++; // a stray '<' splits the text into a node of its own
      i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const gt = html.indexOf('>', j);
    if (gt < 0) break;
    i = gt + 1;
    if (closing) {
      if (!VOID.has(name) && !IMPLIED_END.has(name) && depth > 0) depth--;
      continue;
    }
    nodes++;
    if (HEAVY.has(name)) heavy++;
    if (name === 'p') { const next = html.indexOf('<', gt + 1); if (!hasText(html, gt + 1, next < 0 ? n : next)) emptyP++; }
    const selfClosed = html.charCodeAt(gt - 1) === 47;
    const raw = RAW_END.get(name);
    if (raw) {
      raw.lastIndex = i;
      const m = raw.exec(html);
      if (!m) { rawChars += html.length - i; break; }
      rawChars += m.index - i;
      i = m.index;
      continue;
    }
    if (!selfClosed && !VOID.has(name) && !IMPLIED_END.has(name)) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
  }
  return { nodes, depth: maxDepth, rawChars, heavy, emptyP };
}

/** Whether html[from, to) holds more than whitespace (a text node the parser keeps). */
function hasText(html: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = html.charCodeAt(j);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return true;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;

/** Why a page is past the caps, or null when it is safe to build a DOM. */
export function overCaps(html: string): string | null {
  if (html.length > MAX_HTML_CHARS) return `page is ${html.length} chars (cap ${MAX_HTML_CHARS})`;
  const s = scanTags(html);
  if (s.nodes > MAX_NODES) return `page has more than ${MAX_NODES} nodes`;
  if (s.depth > MAX_DEPTH) return `elements nest more than ${MAX_DEPTH} deep`;
  if (s.heavy > MAX_HEAVY_ELEMENTS) return `page has more than ${MAX_HEAVY_ELEMENTS} paragraphs, links and table rows`;
  if (s.emptyP > MAX_EMPTY_PARAGRAPHS) return `page has more than ${MAX_EMPTY_PARAGRAPHS} empty paragraphs`;
  const markup = html.length - s.rawChars;
  if (markup > MAX_MARKUP_CHARS) return `page has ${markup} chars outside scripts and styles (cap ${MAX_MARKUP_CHARS})`;
  return null;
}
