// Furniture removal before body extraction. The strict pass (before Readability) removes what is
// never article text; the loose pass (container strategy) also removes page chrome that
// Readability would otherwise score away itself. Mutates the page it is given, which each
// strategy parses for itself.
import { type DomDocument, classIdOf, selectAll, tagOf, textOf } from './dom.js';
import { ALWAYS_DROP_SELECTORS, FURNITURE_CLASS, FURNITURE_TEXT, LOOSE_DROP_SELECTORS, MAX_FURNITURE_CHARS } from './rules.js';

/** Never removed by a class match, whatever their class says. */
const KEEP_TAGS = new Set(['html', 'head', 'body', 'main', 'article']);

/** Containers that can be a cookie banner or newsletter box. */
const BOX_TAGS = 'div, section, aside, form, dialog, footer';

export function dropFurniture(doc: DomDocument, loose: boolean): void {
  for (const el of selectAll(doc, ALWAYS_DROP_SELECTORS.join(', '))) el.remove();
  for (const el of selectAll(doc, '[class], [id]')) {
    if (KEEP_TAGS.has(tagOf(el)) || !FURNITURE_CLASS.some((re) => re.test(classIdOf(el)))) continue;
    if (textOf(el).length <= MAX_FURNITURE_CHARS) el.remove();
  }
  for (const el of selectAll(doc, BOX_TAGS)) {
    const text = textOf(el);
    if (text.length <= MAX_FURNITURE_CHARS && FURNITURE_TEXT.some((re) => re.test(text))) el.remove();
  }
  if (loose) for (const el of selectAll(doc, LOOSE_DROP_SELECTORS.join(', '))) el.remove();
}
