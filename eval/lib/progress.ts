// A progress line on stderr: rewritten in place on a terminal, a few plain lines otherwise.

/** On a pipe, print at most this many progress lines per set. */
const PIPE_STEPS = 4;

export interface Progress { tick(doc: string): void; done(): void }

export function progress(label: string, total: number): Progress {
  const tty = process.stderr.isTTY === true;
  const step = Math.max(1, Math.ceil(total / PIPE_STEPS));
  let n = 0;
  const started = Date.now();
  return {
    tick(doc) {
      n++;
      if (tty) process.stderr.write(`\r\x1b[K[${label}] ${n}/${total} ${doc.slice(0, 50)}`);
      else if (n % step === 0 && n < total) process.stderr.write(`[${label}] ${n}/${total}\n`);
    },
    done() {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${tty ? '\r\x1b[K' : ''}[${label}] ${n}/${total} docs analysed in ${s}s\n`);
    },
  };
}
