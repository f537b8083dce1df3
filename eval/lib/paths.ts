// Where things are: the repository, the shared data (read at run time, never copied) and eval/out.
import { existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_ROOT = path.join(REPO_ROOT, 'eval', 'out');

/** The shared folder: --shared DIR, else $NEWSLENS_SHARED, else ../shared beside the repository. */
export function resolveShared(flag: string | undefined): string {
  const dir = flag ?? process.env.NEWSLENS_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');
  const abs = path.resolve(dir);
  // the scorers only run as scripts when argv[1] is their real path, so resolve symlinks
  return existsSync(abs) ? realpathSync(abs) : abs;
}

/** Why the shared folder cannot be used (null when it can). */
export function sharedProblem(shared: string): string | null {
  if (!existsSync(shared)) return `shared data not found at ${shared}`;
  for (const f of ['eval/sourcing-score.mjs', 'eval/ner-score.mjs']) {
    if (!existsSync(path.join(shared, f))) return `reference scorer ${f} not found under ${shared}`;
  }
  return null;
}

/** A fresh, empty output folder eval/out/<...parts> (old predictions must not leak into a score). */
export function freshDir(...parts: string[]): string {
  const dir = path.join(OUT_ROOT, ...parts);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Repository-relative path for messages. */
export const rel = (p: string): string => path.relative(REPO_ROOT, p) || '.';
