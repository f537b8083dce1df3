// A DOM subtree → body paragraphs. Every block element (p, h2–h6, li, blockquote, pre, a div's
// own text …) is one paragraph; inline markup joins into it; <br> is a space; whitespace collapses;
// captions, figures, credits and media are dropped. An explicit stack keeps deep trees off the
// call stack.
import { type DomElement, type DomNode, TEXT_NODE, isElement, squash, tagOf } from './dom.js';
import { BLOCK_TAGS, SKIP_CLASS, SKIP_TAGS } from './rules.js';

interface Step { node: DomNode; exit: boolean }

export function toParagraphs(root: DomElement): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const p = squash(buf);
    if (p) out.push(p);
    buf = '';
  };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop() as Step;
    if (node.nodeType === TEXT_NODE) {
      buf += node.textContent ?? '';
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (exit) {
      flush();
      continue;
    }
    if (tag === 'br') {
      buf += ' ';
      continue;
    }
    if (SKIP_TAGS.has(tag) || SKIP_CLASS.test(node.getAttribute('class') ?? '')) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return out;
}
