// Builds a JSONL corpus for batch runs from the bench corpus's texts: n records with distinct ids,
// outlets and dates, and one corrupt line in every `corruptEvery` (bad JSON, invalid UTF-8, no text
// field, a cut-off line), in rotation. Output goes under bench/out/ (git-ignored).
import { writeFileSync } from 'node:fs';
import type { Corpus } from './corpus.js';

const OUTLETS = ['The Harbor Gazette', 'Northern Courier', 'Valley Herald', 'Morrow Courier', 'Coastal Times'];

export interface JsonlCorpusFile { path: string; records: number; corrupt: number; bytes: number }

export function writeJsonlCorpus(path: string, corpus: Corpus, n: number, corruptEvery = 100): JsonlCorpusFile {
  const parts: Buffer[] = [];
  let corrupt = 0;
  for (let i = 0; i < n; i++) {
    if (corruptEvery > 0 && i % corruptEvery === corruptEvery - 1) {
      const k = corrupt++ % 4;
      parts.push(k === 0 ? Buffer.from(`{"id":"rec-${i}","text":"an unterminated string`)
        : k === 1 ? Buffer.concat([Buffer.from(`{"id":"rec-${i}","text":"`), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('"}')])
        : k === 2 ? Buffer.from(JSON.stringify({ id: `rec-${i}`, outlet: 'Nowhere', content: 'wrong field name' }))
        : Buffer.from(`{"id":"rec-${i}","text":"cut off mid-record`.slice(0, 20)));
    } else {
      const month = String(1 + (i % 12)).padStart(2, '0');
      parts.push(Buffer.from(JSON.stringify({
        id: `rec-${i}`, outlet: OUTLETS[i % OUTLETS.length], publishedAt: `${2023 + (i % 2)}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
        text: corpus.texts[i % corpus.texts.length],
      })));
    }
    parts.push(Buffer.from('\n'));
  }
  const bytes = Buffer.concat(parts);
  writeFileSync(path, bytes);
  return { path, records: n, corrupt, bytes: bytes.length };
}
