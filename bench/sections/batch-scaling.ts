// Batch throughput with 1, 2, … workers: the built CLI over the same JSONL corpus into a fresh
// store each time; records/s from the run's own summary (pool start-up included, process start not).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../corpus.js';
import { writeJsonlCorpus } from '../corpus-jsonl.js';
import type { Section } from '../section.js';

const RECORDS = Number(process.env.BENCH_BATCH_RECORDS ?? 2000);
const SUMMARY = /done (\d+), skipped (\d+), failed (\d+).* in ([\d.]+) s \(([\d.]+) records\/s\)/;

export const batchScaling: Section = {
  name: 'batchScaling',
  run(corpus) {
    const dir = join(ROOT, 'bench/out/scaling');
    mkdirSync(dir, { recursive: true });
    const file = writeJsonlCorpus(join(dir, 'corpus.jsonl'), corpus, RECORDS, 0);
    const counts = [...new Set([1, 2, availableParallelism()])].sort((a, b) => a - b);
    const runs = counts.map((workers) => {
      const db = join(dir, `w${workers}.db`);
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'batch', file.path, '--db', db,
        '--workers', String(workers), '--progress', 'plain', '--progress-interval', '3600'], { encoding: 'utf8' });
      const m = SUMMARY.exec(r.stderr);
      if (r.status !== 0 || !m) throw new Error(`batch with ${workers} workers failed: ${r.stderr.slice(-300)}`);
      return { workers, done: Number(m[1]), seconds: Number(m[4]), recordsPerSec: Number(m[5]) };
    });
    const base = runs[0].recordsPerSec;
    return {
      title: `batch scaling: newslens batch, ${RECORDS} JSONL records into SQLite, ${availableParallelism()} cores`,
      rows: runs.map((r): [string, string] => [`${r.workers} worker${r.workers > 1 ? 's' : ''}`,
        `${r.recordsPerSec.toFixed(1)} records/s  ${(r.recordsPerSec / base).toFixed(2)}× 1 worker  (${r.seconds.toFixed(1)} s)`]),
      json: { records: RECORDS, cores: availableParallelism(), runs, scaling: runs.map((r) => r.recordsPerSec / base) },
    };
  },
};
