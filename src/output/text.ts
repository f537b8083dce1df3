// PLACEHOLDER — being written (terminal report). Signature is fixed.
import type { Analysis } from '../types.js';
export interface TextReportOptions { color?: boolean; width?: number }
export function renderText(a: Analysis, _opts: TextReportOptions = {}): string {
  return `${a.article.title ?? '(untitled)'}\n\n${a.article.text}\n`;
}
