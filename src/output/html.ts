// PLACEHOLDER — being written (standalone HTML report). Signature is fixed.
import type { Analysis } from '../types.js';
export function renderHtml(a: Analysis): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><meta charset="utf-8"><title>${esc(a.article.title ?? 'newslens')}</title><pre>${esc(a.article.text)}</pre>`;
}
