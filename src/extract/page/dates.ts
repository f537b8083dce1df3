// Dates as pages print them ("Jun 3, 2025", "Published 9:47 AM EST Jan 14, 2025",
// "Updated 3:38 p.m. EDT, May 6, 2025", "Thu, Nov 21, 2024", "2025-06-03", "3 March 2025").

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
/** US time zones pages print after a time, as UTC offsets. */
const ZONES: Record<string, string> = {
  utc: '+00:00', gmt: '+00:00', z: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', et: '', ct: '', mt: '', pt: '',
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b/;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const TIME = /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s+([a-z]{1,4})\b)?/i;
const TIME_WITH_MERIDIEM_OR_COLON = /\b\d{1,2}(?::\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\s*(?:a\.?m\.?|p\.?m\.?))(?=\W|$)/i;

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?';
/** A line that is only a date: optional Published/Updated/Posted label, weekday, time and zone. */
const DATE_LINE = new RegExp(
  `^(?:(published|updated|posted|last updated|first published|modified)(?:\\s+on)?:?\\s+)?` +
  `(?:${WEEKDAY}\\s+)?[^a-z]{0,24}?(?:[\\d:.apm\\s]*(?:[a-z]{2,4},?\\s*|,\\s*)?)?` +
  `(?:${WEEKDAY}\\s+)?` + `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.+\\-Z]+)?|\\d{1,2}\\/\\d{1,2}\\/\\d{4})` +
  `(?:,?\\s*(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?\\.?$`, 'i');

export interface DateLine { iso: string; label: 'published' | 'updated' | null }

/** If the whole line is a date line, its ISO value and label. */
export function parseDateLine(line: string): DateLine | null {
  const t = line.trim();
  if (t.length > 80 || !DATE_LINE.test(t)) return null;
  const iso = parseDate(t);
  if (!iso) return null;
  const label = /^(updated|last updated|modified)/i.test(t) ? 'updated' : /^(published|posted|first published)/i.test(t) ? 'published' : null;
  return { iso, label };
}

/** The first date in the text as ISO 8601: a date, or a date-time with offset when a time is given. */
export function parseDate(text: string): string | null {
  let y: number, m: number, d: number;
  let rest = text;
  let mm: RegExpExecArray | null;
  if ((mm = ISO.exec(text))) {
    if (mm[4]) return mm[0].replace(' ', 'T');
    [y, m, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
    rest = text.replace(mm[0], ' ');
  } else if ((mm = MDY.exec(text))) {
    [y, m, d] = [Number(mm[3]), MONTHS[mm[1].toLowerCase()], Number(mm[2])];
    rest = text.replace(mm[0], ' ');
  } else if ((mm = DMY.exec(text))) {
    [y, m, d] = [Number(mm[3]), MONTHS[mm[2].toLowerCase()], Number(mm[1])];
    rest = text.replace(mm[0], ' ');
  } else if ((mm = NUMERIC.exec(text))) {
    [y, m, d] = [Number(mm[3]), Number(mm[1]), Number(mm[2])]; // US order: month/day/year
    rest = text.replace(mm[0], ' ');
  } else return null;
  if (!validDate(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = timeOf(rest);
  return time ? `${date}T${time}` : date;
}

function timeOf(text: string): string | null {
  if (!TIME_WITH_MERIDIEM_OR_COLON.test(text)) return null;
  const t = TIME.exec(text.slice(text.search(TIME_WITH_MERIDIEM_OR_COLON)));
  if (!t) return null;
  let h = Number(t[1]);
  const min = Number(t[2] ?? 0);
  const mer = t[3]?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  const zone = t[4] ? ZONES[t[4].toLowerCase()] : undefined;
  if (!zone) return null; // a time without a known offset would pretend to be UTC: keep the date only
  return `${pad(h)}:${pad(min)}:00${zone}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
