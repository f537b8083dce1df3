// Dates as pages print them → ISO 8601. A date-time keeps its time (and its zone when one is
// given); a date alone stays YYYY-MM-DD. Anything unreadable or impossible becomes null.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

/** Zone abbreviations news pages print; ambiguous ones (IST, …) are left out on purpose. */
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z', gmt: 'Z', utc: 'Z', ut: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00',
  cest: '+02:00', eet: '+02:00', eest: '+03:00', aest: '+10:00', jst: '+09:00',
};

/** Years outside this range are typos or epoch garbage, not publication dates. */
const MIN_YEAR = 1900, MAX_YEAR = 2100;

/** Longest date string worth reading; the patterns below are anchored and linear anyway. */
const MAX_DATE_CHARS = 80;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
const SLASH_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TIME = '(?:,?\\s(?:at\\s)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s?(?:([aApP])\\.?[mM]\\.?)?(?:\\s?([A-Za-z]{1,5}|[+-]\\d{4}))?)?';
const WEEKDAY = '(?:[A-Za-z]{3,9}\\.?,?\\s)?';
const DMY = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s([A-Za-z]{3,9})\\.?,?\\s(\\d{4})${TIME}$`);
const MDY = new RegExp(`^${WEEKDAY}([A-Za-z]{3,9})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})${TIME}$`);

/** ISO 8601 for a date as printed in metadata or on the page, or null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > MAX_DATE_CHARS) return null;
  let m = ISO.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, zoneOf(m[7]));
  m = SLASH_YMD.exec(s) ?? COMPACT.exec(s);
  if (m) return build(+m[1], +m[2], +m[3]);
  m = DMY.exec(s);
  if (m) return build(+m[3], monthOf(m[2]), +m[1], m[4], m[5], m[6], m[7], zoneOf(m[8]));
  m = MDY.exec(s);
  if (m) return build(+m[3], monthOf(m[1]), +m[2], m[4], m[5], m[6], m[7], zoneOf(m[8]));
  return null;
}

const DATE_IN_TEXT: readonly RegExp[] = [
  /\b(\d{4})-(\d{2})-(\d{2})\b/,
  /\b(\d{1,2})(?:st|nd|rd|th)?\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s(\d{4})\b/i,
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})\b/i,
];

/** The first full date (with a year) printed inside a longer text, as YYYY-MM-DD, or null. */
export function findDateText(text: string): string | null {
  const s = text.replace(/[\s\u00a0]+/g, ' ');
  let m = DATE_IN_TEXT[0].exec(s);
  if (m) return build(+m[1], +m[2], +m[3]);
  m = DATE_IN_TEXT[1].exec(s);
  if (m) return build(+m[3], monthOf(m[2]), +m[1]);
  m = DATE_IN_TEXT[2].exec(s);
  if (m) return build(+m[3], monthOf(m[1]), +m[2]);
  return null;
}

/** The date part (YYYY-MM-DD) of an ISO string. */
export const dateOnly = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** 1–12 for a month name or its abbreviation ("Sept", "March"), 0 for any other word. */
function monthOf(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '');
  const n = MONTHS[k.slice(0, 3)] ?? 0;
  return n && (FULL_MONTHS[n - 1].startsWith(k) || k === 'sept') ? n : 0;
}

/** undefined: no zone given; null: a zone we cannot read (only the date is then kept). */
function zoneOf(z: string | undefined): string | undefined | null {
  if (!z) return undefined;
  const k = z.toLowerCase();
  if (ZONES[k]) return ZONES[k];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  if (+m[2] > 14 || +(m[3] ?? 0) > 59) return null;
  const off = `${m[1]}${m[2]}:${m[3] ?? '00'}`;
  return off === '+00:00' || off === '-00:00' ? 'Z' : off;
}

function build(y: number, mo: number, d: number, hh?: string, mm?: string, ss?: string,
  ampm?: string, zone?: string | null): string | null {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  if (zone === null) return date; // a time in a zone we cannot place says no more than its date
  let h = +hh;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  const sec = ss === undefined ? 0 : +ss;
  if (h > 23 || +mm > 59 || sec > 59) return null;
  return `${date}T${pad(h)}:${mm}:${pad(sec)}${zone ?? ''}`;
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');
