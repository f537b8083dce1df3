// Reading a file or stdin with a size limit, turning every OS error into a one-line NewslensError.
import { open, stat } from 'node:fs/promises';
import { NewslensError } from '../errors.js';

export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    throw osError(err, path);
  }
  if (st.isDirectory()) throw new NewslensError('IS_DIRECTORY', 'is a directory, not a file', path);
  if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice()) throw new NewslensError('UNREADABLE', 'is not a regular file', path);
  if (st.isFile() && st.size > maxBytes) throw tooLarge(path, st.size, maxBytes);
  try {
    const fh = await open(path, 'r');
    try {
      if (st.isFile()) { // one buffer of the stat'd size, not chunks plus their concatenation (2x the input)
        const bytes = await fh.readFile();
        if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes, true);
        return bytes;
      }
      return await readLimited(fh.createReadStream(), path, maxBytes);
    } finally {
      await fh.close().catch(() => undefined);
    }
  } catch (err) {
    throw osError(err, path);
  }
}

export async function readStdinLimited(maxBytes: number): Promise<Uint8Array> {
  return readLimited(process.stdin, 'stdin', maxBytes);
}

async function readLimited(stream: AsyncIterable<Buffer | string>, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > maxBytes) throw tooLarge(name, total, maxBytes, true);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function tooLarge(name: string, size: number, max: number, atLeast = false): NewslensError {
  return new NewslensError('TOO_LARGE', `input is ${atLeast ? 'more than ' : ''}${formatBytes(size)}, over the ${formatBytes(max)} limit`, name);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KB`;
  return `${n} bytes`;
}

function osError(err: unknown, path: string): NewslensError {
  if (err instanceof NewslensError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new NewslensError('NOT_FOUND', 'no such file', path);
  if (code === 'EISDIR') return new NewslensError('IS_DIRECTORY', 'is a directory, not a file', path);
  if (code === 'EACCES' || code === 'EPERM') return new NewslensError('UNREADABLE', 'permission denied', path);
  return new NewslensError('UNREADABLE', `cannot read (${code ?? (err as Error)?.message ?? 'unknown error'})`, path);
}
