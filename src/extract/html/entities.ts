// A small HTML entity decoder for text read without a DOM (JSON-LD strings, the flat fallback).
// Numeric references are complete; named ones cover what news pages actually use.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019',
  sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab',
  raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', hellip: '\u2026', middot: '\u00b7',
  bull: '\u2022', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', euro: '\u20ac',
  pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6', times: '\u00d7',
  divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', shy: '\u00ad',
  eacute: '\u00e9', egrave: '\u00e8', ecirc: '\u00ea', aacute: '\u00e1', agrave: '\u00e0',
  acirc: '\u00e2', auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', szlig: '\u00df', ccedil: '\u00e7',
  ntilde: '\u00f1', oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', Eacute: '\u00c9',
  Auml: '\u00c4', Ouml: '\u00d6', Uuml: '\u00dc', oslash: '\u00f8', aring: '\u00e5', zwj: '\u200d',
  zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', prime: '\u2032', Prime: '\u2033',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  });
}
