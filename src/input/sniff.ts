// Cheap content sniffing: is this HTML, or text?

/** How far into the input the HTML sniffer looks. */
const SNIFF_CHARS = 4096;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>]|<title[\s>])/i;
const HTML_TAGS = /<(?:p|div|span|a|br|h[1-6]|article|section|main|nav|script|style|meta|link|li|ul|img)(?:\s[^<>]{0,500})?\/?>/gi;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return true;
  const tags = head.match(HTML_TAGS);
  return !!tags && tags.length >= 3 && head.trimStart().startsWith('<');
}

export function isHtmlMediaType(contentType: string | null | undefined): boolean {
  return !!contentType && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

/** The charset parameter of a Content-Type header, or of a <meta charset> in the first bytes. */
export function declaredCharset(contentType: string | null | undefined, head: Uint8Array): string | null {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w.:-]+)"?/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const ascii = Buffer.from(head.subarray(0, 2048)).toString('latin1');
  const m = ascii.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1].toLowerCase() : null;
}
