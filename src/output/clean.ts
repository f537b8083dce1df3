// Making article-supplied strings safe to print: terminal escapes stripped, HTML escaped.
// Every string in an Analysis came from a page someone else wrote, so renderers pass it through here.

// Whole escape sequences go first, so their parameters ("[2J", "]0;title") do not survive as litter.
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]/g;
// OSC/DCS/PM/APC strings run to BEL or ST; stopping at a newline keeps an unterminated one from eating the article.
const STRING_SEQ = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?/g;
const SHORT_ESC = /\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;
// C0 except tab/newline, DEL, C1, and bidi overrides (which can make a terminal line read differently than it is).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes ANSI/VT escape sequences and control characters; keeps tabs and newlines. */
export function stripControls(s: unknown): string {
  return String(s ?? '')
    .replace(CSI, '')
    .replace(STRING_SEQ, '')
    .replace(SHORT_ESC, '')
    .replace(CONTROL, '');
}

/** stripControls, then every run of whitespace (newlines included) becomes one space. */
export function oneLine(s: unknown): string {
  return stripControls(s).replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

/** Cuts to at most `max` characters (code points), at a word boundary when one is near, ending in "…". */
export function truncate(s: string, max: number): string {
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  let cut = cps.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  // Only back up to a space when it costs little; otherwise a long word is cut mid-way.
  if (space > cut.length - 20 && space > 0) cut = cut.slice(0, space);
  return `${cut.replace(/(?<![\s,;:])[\s,;:]+$/, '')}…`;
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and quoted attribute values alike. Control characters go too:
 * HTML forbids most of them, and terminal escapes would only show up as litter ("[31m").
 */
export function escapeHtml(s: unknown): string {
  return stripControls(s).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]);
}

/** Only http(s) links are ever emitted, so a `javascript:` URL in the article is shown as text. */
export const isWebUrl = (u: unknown): u is string => typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u);
