// Command-line inputs → the files to read, each with the reader that fits it.
import { statSync } from 'node:fs';
import { expandGlob, isGlob, walk } from './glob.js';

export type FileType = 'article' | 'jsonl' | 'warc' | 'feed';

/** Extensions picked up when walking a directory; a file named on the command line is always read. */
const DIRECTORY_TYPES: readonly [RegExp, FileType][] = [
  [/\.(jsonl|ndjson)(\.gz)?$/i, 'jsonl'],
  [/\.w?arc(\.gz)?$/i, 'warc'],
  [/\.(rss|atom)$/i, 'feed'],
  [/\.(txt|text|html?|xhtml)$/i, 'article'],
];

export interface InputFile { path: string; type: FileType }

/** The type a file is read as: by extension; feeds also by .xml / .json when named explicitly. */
export function typeOf(path: string, explicit: boolean): FileType | null {
  for (const [re, type] of DIRECTORY_TYPES) if (re.test(path)) return type;
  if (/\.(xml|json)$/i.test(path)) return explicit ? 'feed' : null;
  return explicit ? 'article' : null;
}

/** Expands files, directories (recursive) and globs, in the order given; each file once. */
export function expandInputs(args: readonly string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean): void => {
    const type = typeOf(path, explicit);
    if (type && !seen.has(path)) {
      seen.add(path);
      files.push({ path, type });
    }
  };
  for (const arg of args) {
    const st = statSync(arg, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(arg, (p) => add(p, false));
    else if (st) add(arg, true);
    else if (isGlob(arg)) {
      const found = expandGlob(arg);
      if (!found.length) missing.push(arg);
      for (const p of found) add(p, true);
    } else missing.push(arg);
  }
  return { files, missing };
}
