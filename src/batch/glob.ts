// Minimal globs for inputs the shell did not expand (quoted, or on Windows): `*`, `?`, `**`,
// `[abc]` and `{a,b}`. Node 20 has no fs.glob.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const isGlob = (s: string): boolean => /[*?[{]/.test(s);

/** The pattern as a RegExp over '/'-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = pattern.indexOf('}', i + 1);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${pattern.slice(i + 1, end).split(',').map(escape).join('|')})`;
        i = end;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Files matching the glob, sorted; the walk starts at the pattern's longest literal prefix. */
export function expandGlob(pattern: string): string[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const first = parts.findIndex(isGlob);
  const base = parts.slice(0, first).join('/') || (norm.startsWith('/') ? '/' : '.');
  const rest = parts.slice(first).join('/');
  const re = globToRegExp(rest);
  const out: string[] = [];
  const deep = rest.includes('**') || rest.includes('/');
  walk(base, (path) => {
    if (re.test(relative(base, path).split(sep).join('/'))) out.push(path);
  }, deep);
  return out.sort();
}

/** Visits every file under dir (sorted, hidden entries skipped). */
export function walk(dir: string, visit: (path: string) => void, deep = true): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = dir === '.' ? name : join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (deep) walk(p, visit, deep);
    } else if (st.isFile()) visit(p);
  }
}
