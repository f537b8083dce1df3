// Where requests are analysed: a piscina pool of worker threads (so a long article never blocks
// the event loop and the time limit can stop it), or this thread with --workers 0.
// Bounded concurrency: at most `concurrency` analyses are running or queued; beyond that the
// request is refused at once with 503 and a Retry-After estimate rather than queued unboundedly.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { NewslensError, type Analysis, type AnalyzeInput, type AnalyzeOptions, type ErrorCode } from '../index.js';
import { ApiError } from './api-error.js';
import type { WorkerResult, WorkerTask } from './worker.js';

export interface AnalyserOptions {
  /** worker threads; 0 analyses on the server's own thread (no preemption of the time limit) */
  workers: number;
  /** running + queued analyses allowed before 503 */
  concurrency: number;
  /** whole-request analysis time limit (fetch included) */
  timeoutMs: number;
}

export interface Analyser {
  readonly threads: number;
  readonly inFlight: number;
  run(input: AnalyzeInput, options: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis>;
  close(): Promise<void>;
}

/** Weight of the newest duration in the running average behind Retry-After. */
const EWMA_WEIGHT = 0.2;

export async function createAnalyser(opts: AnalyserOptions): Promise<Analyser> {
  const pool = opts.workers > 0
    ? new Piscina<WorkerTask, WorkerResult>({ filename: workerUrl(), minThreads: opts.workers, maxThreads: opts.workers, idleTimeout: 60_000 })
    : null;
  const local = pool ? null : (await import('./worker.js')).analyseTask;
  let inFlight = 0;
  let avgMs = 50;
  let closing = false;

  const retryAfter = (): string => String(Math.max(1, Math.ceil((inFlight * avgMs) / Math.max(1, opts.workers) / 1000)));

  return {
    threads: opts.workers,
    get inFlight() { return inFlight; },
    async run(input, options, signal) {
      if (inFlight >= opts.concurrency) {
        throw new ApiError(503, 'BUSY', `the server is analysing ${inFlight} articles, its limit`, 'retry after the Retry-After seconds',
          { 'retry-after': retryAfter() });
      }
      inFlight++;
      const started = performance.now();
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), opts.timeoutMs);
      const stop = signal ? AbortSignal.any([timer.signal, signal]) : timer.signal;
      try {
        const task: WorkerTask = { input, options };
        const result = pool ? await pool.run(task, { signal: stop }) : await raceAbort(local!(task), stop);
        avgMs += EWMA_WEIGHT * (performance.now() - started - avgMs);
        if (!result.ok) throw new NewslensError(result.code as ErrorCode, result.message, result.input);
        return result.analysis;
      } catch (err) {
        if (closing) throw new ApiError(503, 'SHUTTING_DOWN', 'the server is shutting down', 'retry on another instance or later');
        // The client hung up: nobody reads this reply, so it is logged at info, not as a failure.
        if (signal?.aborted) throw new ApiError(499, 'CLIENT_CLOSED', 'the client closed the connection before the analysis finished');
        if (timer.signal.aborted) {
          throw new ApiError(503, 'TIME_LIMIT', `analysis took longer than the server's ${opts.timeoutMs / 1000} s limit`,
            'send a shorter article, or start the server with a larger --timeout');
        }
        throw err;
      } finally {
        clearTimeout(timeout);
        inFlight--;
      }
    },
    close: async () => {
      closing = true;
      await pool?.destroy();
    },
  };
}

/** In-process work cannot be stopped, but the caller stops waiting for it. */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** worker.js beside this file once built; from source (under tsx), a shim that loads worker.ts. */
function workerUrl(): string {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js.href : new URL('./worker-tsx.mjs', import.meta.url).href;
}
