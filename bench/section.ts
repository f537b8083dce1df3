// One part of `npm run bench`: a titled list of rows for the table, and its numbers for the JSON.
import type { Corpus } from './corpus.js';

export interface SectionResult {
  title: string;
  rows: [label: string, value: string][];
  json: Record<string, unknown>;
}

export interface Section {
  /** key in bench/out/bench.json */
  name: string;
  run(corpus: Corpus): Promise<SectionResult> | SectionResult;
}
